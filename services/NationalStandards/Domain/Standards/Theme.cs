namespace SendPlatform.NationalStandards.Domain.Standards;

public enum Theme
{
    IdentificationOfNeed = 1,
    OrdinarilyAvailableProvision = 2,
    SpecialistProvision = 3,
    Timeliness = 4,
    CoProduction = 5,
    AlternativeProvision = 6,
    PreparationForAdulthood = 7,
}
