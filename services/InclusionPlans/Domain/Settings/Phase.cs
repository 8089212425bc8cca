namespace SendPlatform.InclusionPlans.Domain.Settings;

public enum Phase
{
    Nursery = 1,
    Primary = 2,
    Secondary = 3,
    AllThrough = 4,
    Post16 = 5,
}
