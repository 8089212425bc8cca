namespace SendPlatform.ServiceDefaults.Retention;

/// <summary>Retention: how long records are kept (UK GDPR storage limitation); see the README's retention table.</summary>
public sealed class RetentionOptions
{
    /// <summary>How often the purge runs (on one replica at a time).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Dispatched outbox rows (their payloads carry UPNs and dates of birth): the broker has them.</summary>
    public TimeSpan DispatchedOutbox { get; set; } = TimeSpan.FromDays(7);
    /// <summary>Inbox rows: longer than any redelivery (81 minutes) or re-publish after a lost lease could arrive.</summary>
    public TimeSpan Inbox { get; set; } = TimeSpan.FromDays(30);
}
