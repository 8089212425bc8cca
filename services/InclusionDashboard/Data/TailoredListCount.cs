namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// The read model of tailored lists: how many an area's LA drew in a month, by the provision type of the first
/// suggestion ("NONE" when the list was empty), counted into the LA, its region and England. Nothing of the child.
/// </summary>
public sealed class TailoredListCount
{
    public string AreaCode { get; set; } = "";
    public DateOnly Month { get; set; }
    public string FirstProvisionType { get; set; } = "";
    public long Count { get; set; }
}
