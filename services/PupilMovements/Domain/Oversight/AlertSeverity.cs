namespace SendPlatform.PupilMovements.Domain.Oversight;

public enum AlertSeverity
{
    Low = 1,
    Medium = 2,
    High = 3,
}
