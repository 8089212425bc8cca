namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// The read model of movements: how many an area recorded in a month, per type, SEN provision, primary need and
/// deletion ground, and the school days they account for. Each movement is counted into its LA, its region and
/// England at once, so a national summary reads a few thousand rows, not every LA's. No pupil is in it, only counts, and counts add up in any
/// order, so events arriving out of order end in the same figures.
/// </summary>
public sealed class MovementCount
{
    /// <summary>An LA's three-digit code, its region's ONS code or England's: each event is counted into all three.</summary>
    public string AreaCode { get; set; } = "";
    public DateOnly Month { get; set; }
    public string EventType { get; set; } = "";
    public string SenProvision { get; set; } = "";
    public string PrimaryNeed { get; set; } = "";
    public string DeletionGround { get; set; } = "";
    public long Count { get; set; }
    public long Days { get; set; }
}
