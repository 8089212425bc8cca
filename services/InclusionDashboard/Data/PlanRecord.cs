namespace SendPlatform.InclusionDashboard.Data;

/// <summary>An inclusion plan as its latest InclusionPlanStatusChanged said: its LA, status and planned sufficiency (JSON).</summary>
public sealed class PlanRecord
{
    public Guid PlanId { get; set; }
    public string LaCode { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string Sufficiency { get; set; } = "[]";
}
