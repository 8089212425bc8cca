namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// The phase a pupil was in at a date, from their age on the 31 August that began that school year: under 11
/// primary (including nursery and reception), 11 to 15 secondary, 16 and over post-16. This service keeps no
/// register of settings, so a setting's phase is that of the pupils it deletes; an all-through setting is compared
/// with its peers in each phase separately.
/// </summary>
public static class SchoolPhases
{
    public static SchoolPhase At(DateOnly dateOfBirth, DateOnly date)
    {
        var yearStart = new DateOnly(date.Month >= 9 ? date.Year : date.Year - 1, 8, 31);
        var age = yearStart.Year - dateOfBirth.Year;
        if (dateOfBirth.AddYears(age) > yearStart) age--;
        return age switch
        {
            < 11 => SchoolPhase.Primary,
            < 16 => SchoolPhase.Secondary,
            _ => SchoolPhase.Post16,
        };
    }
}
