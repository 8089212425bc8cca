namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// One tribunal appeal on an EHC case as its events told it: what it is about, when it was registered and how it
/// ended. Keyed by the case, the subject and the day of the decision appealed, so a new plan's appeal is a new row.
/// </summary>
public sealed class EhcAppealRecord
{
    public Guid CaseId { get; set; }
    public string Subject { get; set; } = "";
    public DateOnly DecisionOn { get; set; }
    public string LaCode { get; set; } = "";
    public DateOnly RegisteredOn { get; set; }
    public bool? InTime { get; set; }
    public bool? Mediated { get; set; }
    public string? Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
}
