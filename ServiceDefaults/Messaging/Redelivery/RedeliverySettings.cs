namespace SendPlatform.ServiceDefaults.Messaging.Redelivery;

/// <summary>Messaging:Redelivery: how long a consumer waits out a transient failure before a message counts as poison.</summary>
public sealed class RedeliverySettings
{
    /// <summary>10 s, 1, 5, 15, 30 and 30 minutes: 81 minutes in all, so an outage of an hour costs no message.</summary>
    public static readonly TimeSpan[] DefaultDelays =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30),
    ];

    /// <summary>The waits before each redelivery; empty means DefaultDelays (a bound array would add to, not replace, a default).</summary>
    public TimeSpan[] Delays { get; set; } = [];

    /// <summary>Immediate retries of one delivery (a lost race, a dropped connection) before it waits in a queue.</summary>
    public int ImmediateRetries { get; set; } = 3;

    public IReadOnlyList<TimeSpan> Schedule => Delays.Length > 0 ? Delays : DefaultDelays;

    public const string Rule = "Messaging:Redelivery: ImmediateRetries 0-10, each delay from 1 second to 1 day.";

    /// <summary>A wait queue's TTL must be positive (RabbitMQ refuses it otherwise) and a retry loop bounded.</summary>
    public bool IsValid => ImmediateRetries is >= 0 and <= 10 && Schedule.All(d => d >= TimeSpan.FromSeconds(1) && d <= TimeSpan.FromDays(1));
}
