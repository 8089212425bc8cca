namespace SendPlatform.InclusionDashboard.Data;

/// <summary>A published version of the national funding framework for a financial year, from TariffScheduleChanged.</summary>
public sealed class FrameworkRecord
{
    public string FrameworkId { get; set; } = "";
    /// <summary>"2026-27".</summary>
    public string FinancialYear { get; set; } = "";
    public int Version { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
