namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// An alert to an LA that a child may be falling through the gaps. Open → acknowledged → resolved, each step
/// recording who and why; a step already taken is a harmless repeat, a step back is refused.
/// </summary>
public sealed class OversightAlert
{
    private OversightAlert() { }

    public Guid Id { get; private set; }
    public long Sequence { get; private set; }
    public string OccurrenceKey { get; private set; } = "";
    public AlertType Type { get; private set; }
    // Kept as raised: a later change to AlertPolicy does not rewrite what the LA was told.
    public AlertSeverity Severity { get; private set; }
    public string LaCode { get; private set; } = "";
    public string? Upn { get; private set; }
    public string? Urn { get; private set; }
    public SchoolPhase? Phase { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public DateOnly DueBy { get; private set; }
    public AlertStatus Status { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AcknowledgementNote { get; private set; }
    public string? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? Resolution { get; private set; }

    public static OversightAlert Raise(AlertOccurrence occurrence, DateTimeOffset now)
    {
        var (severity, daysToAct) = AlertPolicy.For(occurrence.Type);
        return new OversightAlert
        {
            Id = Guid.CreateVersion7(),
            OccurrenceKey = occurrence.OccurrenceKey,
            Type = occurrence.Type,
            Severity = severity,
            LaCode = occurrence.LaCode,
            Upn = occurrence.Upn,
            Urn = occurrence.Urn,
            Phase = occurrence.Phase,
            Reason = occurrence.Reason,
            RaisedAt = now,
            DueBy = WorkingDays.Add(EnglandCalendar.DateOf(now), daysToAct),
            Status = AlertStatus.Open,
        };
    }

    /// <summary>Returns false when the alert was already acknowledged (nothing changes).</summary>
    public bool Acknowledge(string by, string? note, DateTimeOffset at)
    {
        if (Status == AlertStatus.Resolved) throw new DomainRuleException($"The alert was resolved by {ResolvedBy} at {ResolvedAt:u}; it cannot be acknowledged.");
        if (Status == AlertStatus.Acknowledged) return false;
        (Status, AcknowledgedBy, AcknowledgedAt, AcknowledgementNote) = (AlertStatus.Acknowledged, by, at, note);
        return true;
    }

    /// <summary>Returns false when the alert was already resolved (nothing changes).</summary>
    public bool Resolve(string by, string resolution, DateTimeOffset at)
    {
        if (Status == AlertStatus.Resolved) return false;
        (Status, ResolvedBy, ResolvedAt, Resolution) = (AlertStatus.Resolved, by, at, resolution);
        return true;
    }
}
