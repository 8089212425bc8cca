namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// The read model of AP placements: how many an area's placements started, or ended with each outcome, in a month per
/// tier, counted into the LA, its region and England. The pupil's facts that ride on ApPlacementStarted (for pupil-movements) are not kept.
/// </summary>
public sealed class ApPlacementCount
{
    /// <summary>An LA's three-digit code, its region's ONS code or England's: each event is counted into all three.</summary>
    public string AreaCode { get; set; } = "";
    public DateOnly Month { get; set; }
    public string Tier { get; set; } = "";
    /// <summary>"Started", or the outcome an ended placement had.</summary>
    public string Stage { get; set; } = "";
    public long Count { get; set; }
}
