namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// One EHC needs assessment as its events told it: the LA, the dates and outcomes of each step, whether a lawful
/// exception applied, and the plan's primary need. Keyed by the case's id, which identifies no child outside
/// ehc-assessments; nothing of the child is here.
/// </summary>
public sealed class EhcCaseRecord
{
    public Guid CaseId { get; set; }
    public string LaCode { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public string? AssessmentDecision { get; set; }
    public DateOnly? AssessmentDecidedOn { get; set; }
    public bool? AssessmentInTime { get; set; }
    public string? IssueDecision { get; set; }
    public DateOnly? IssueDecidedOn { get; set; }
    public DateOnly? PlanIssuedOn { get; set; }
    public bool? PlanInTime { get; set; }
    public bool? HadException { get; set; }
    public string? PrimaryNeed { get; set; }
    public DateOnly? CeasedOn { get; set; }
    public string? CeaseReason { get; set; }
}
