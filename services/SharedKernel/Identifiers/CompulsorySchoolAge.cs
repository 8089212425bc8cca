namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>
/// Compulsory school age (Education Act 1996 s8): from the prescribed day (31 December, 31 March or 31 August) on
/// or after the fifth birthday, to the last Friday in June of the school year in which the child turns 16.
/// </summary>
public static class CompulsorySchoolAge
{
    public static bool On(DateOnly dateOfBirth, DateOnly date) => date >= Starts(dateOfBirth) && date <= Ends(dateOfBirth);

    public static DateOnly Starts(DateOnly dateOfBirth)
    {
        var fifth = dateOfBirth.AddYears(5);
        DateOnly[] prescribed = [new(fifth.Year, 3, 31), new(fifth.Year, 8, 31), new(fifth.Year, 12, 31)];
        return prescribed.First(d => d >= fifth);
    }

    public static DateOnly Ends(DateOnly dateOfBirth)
    {
        var sixteenth = dateOfBirth.AddYears(16);
        var year = sixteenth.Month >= 9 ? sixteenth.Year + 1 : sixteenth.Year;
        var date = new DateOnly(year, 6, 30);
        while (date.DayOfWeek != DayOfWeek.Friday) date = date.AddDays(-1);
        return date;
    }
}
