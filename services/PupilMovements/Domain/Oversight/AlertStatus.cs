namespace SendPlatform.PupilMovements.Domain.Oversight;

public enum AlertStatus
{
    Open = 1,
    Acknowledged = 2,
    Resolved = 3,
}
