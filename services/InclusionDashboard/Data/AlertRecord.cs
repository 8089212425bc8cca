namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// One oversight alert as the dashboard needs it: its type, LA, dates raised, due, acknowledged and resolved, and
/// nothing about the pupil or setting. Each event fills its own dates, so the record ends the same in any order.
/// </summary>
public sealed class AlertRecord
{
    public Guid AlertId { get; set; }
    public string LaCode { get; set; } = "";
    public string Type { get; set; } = "";
    public DateTimeOffset? RaisedAt { get; set; }
    public DateOnly? DueBy { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
