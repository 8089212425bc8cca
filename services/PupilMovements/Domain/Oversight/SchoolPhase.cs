namespace SendPlatform.PupilMovements.Domain.Oversight;

public enum SchoolPhase
{
    Primary = 1,
    Secondary = 2,
    Post16 = 3,
}
