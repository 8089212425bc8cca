namespace SendPlatform.PupilMovements.Domain;

public enum MovementType
{
    Admission = 1,
    Deletion = 2,
    IntoAp = 3,
    OutOfAp = 4,
    ManagedMove = 5,
    OffSiteDirection = 6,
    Suspension = 7,
    PermanentExclusion = 8,
    Ehe = 9,
    Eotas = 10,
    MissingEducation = 11,
    MovedToOtherLa = 12,
}
