namespace SendPlatform.PupilMovements.Domain;

public enum PupilStatus
{
    OnRoll = 1,
    InAp = 2,
    Ehe = 3,
    Eotas = 4,
    MissingEducation = 5,
    LeftArea = 6,
    NotInSchool = 7,
}
