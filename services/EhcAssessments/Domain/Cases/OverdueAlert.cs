namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// The alert that a case's step passed its due day: one per case, step and due day, so it is raised exactly once
/// however often the sweep looks, and a later step that falls overdue raises its own.
/// </summary>
public sealed class OverdueAlert
{
    private OverdueAlert()
    {
    }

    public Guid CaseId { get; private set; }
    public string Step { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public string LaCode { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>The alert for the case's next step, or null when it has none or it is not overdue today.</summary>
    public static OverdueAlert? For(EhcCase ehcCase, DateOnly today, DateTimeOffset now) => ehcCase.Next is { } next && next.OverdueOn(today)
        ? new OverdueAlert { CaseId = ehcCase.Id, Step = next.Period.Step, DueOn = next.DueOn, LaCode = ehcCase.LaCode, RaisedAt = now }
        : null;
}
