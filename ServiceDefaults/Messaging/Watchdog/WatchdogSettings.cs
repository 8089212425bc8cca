namespace SendPlatform.ServiceDefaults.Messaging.Watchdog;

/// <summary>Messaging:Watchdog: how often the consumers are looked at, and how long they may be gone before the bus restarts.</summary>
public sealed class WatchdogSettings
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Four of MassTransit's longest waits between reconnections (30 s), so a slow reconnection is never cut short.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(2);

    public const string Rule = "Messaging:Watchdog: Interval must be positive and Grace at least one Interval.";

    public bool IsValid => Interval > TimeSpan.Zero && Grace >= Interval;
}
