namespace SendPlatform.InclusionDashboard.Data;

/// <summary>An LA's AP budget for one tier in one financial year, as last set (the latest ApBudgetSet by its time wins).</summary>
public sealed class ApBudgetRecord
{
    public string LaCode { get; set; } = "";
    /// <summary>"2026-27".</summary>
    public string FinancialYear { get; set; } = "";
    public string Tier { get; set; } = "";
    /// <summary>Pounds.</summary>
    public decimal Amount { get; set; }
    public DateTimeOffset SetAt { get; set; }
}
