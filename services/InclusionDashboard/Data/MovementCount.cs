namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// The read model of movements: how many an LA recorded in a month, per type, SEN provision, primary need and
/// deletion ground, and the school days they account for. No pupil is in it, only counts, and counts add up in any
/// order, so events arriving out of order end in the same figures.
/// </summary>
public sealed class MovementCount
{
    public string LaCode { get; set; } = "";
    public DateOnly Month { get; set; }
    public string EventType { get; set; } = "";
    public string SenProvision { get; set; } = "";
    public string PrimaryNeed { get; set; } = "";
    public string DeletionGround { get; set; } = "";
    public long Count { get; set; }
    public long Days { get; set; }
}
