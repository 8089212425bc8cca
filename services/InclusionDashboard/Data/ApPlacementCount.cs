namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// The read model of AP placements: how many an LA's placements started, or ended with each outcome, in a month per
/// tier. The pupil's facts that ride on ApPlacementStarted (for pupil-movements) are not kept.
/// </summary>
public sealed class ApPlacementCount
{
    public string LaCode { get; set; } = "";
    public DateOnly Month { get; set; }
    public string Tier { get; set; } = "";
    /// <summary>"Started", or the outcome an ended placement had.</summary>
    public string Stage { get; set; } = "";
    public long Count { get; set; }
}
