namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// What an LA's AP commissions commit, as its latest ApCommitmentsChanged said: the whole position (years, tiers,
/// pounds) as one JSON document, replaced only by a later one.
/// </summary>
public sealed class ApCommitmentRecord
{
    public string LaCode { get; set; } = "";
    public DateTimeOffset AsOf { get; set; }
    /// <summary>[{"FinancialYear":"2026-27","Tier":"TimeLimited","Amount":1234.56}, ...]</summary>
    public string Committed { get; set; } = "[]";
}
