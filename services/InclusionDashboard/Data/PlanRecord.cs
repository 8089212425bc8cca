namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// An inclusion plan as its latest InclusionPlanStatusChanged said: its LA, status, planned sufficiency (JSON) and the
/// kind of each blocking finding.
/// </summary>
public sealed class PlanRecord
{
    public Guid PlanId { get; set; }
    public string LaCode { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string Sufficiency { get; set; } = "[]";
    public List<string> BlockingFindings { get; set; } = [];
}
