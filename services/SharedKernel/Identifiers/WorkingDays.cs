namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>
/// Working days in England: Monday to Friday except England's bank holidays (<see cref="EnglandBankHolidays"/>).
/// Statutory periods counted in working days use them, and so do the oversight rules' school days: term dates differ
/// by school and area and are not modelled, so a deadline that spans a school holiday is reached earlier than a school
/// would count it: an alert is then early, never missed.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !EnglandBankHolidays.Contains(date);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 if to is not after from.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        if (to <= from) return 0;
        var days = to.DayNumber - from.DayNumber;
        var weeks = days / 7;
        var count = weeks * 5;
        for (var d = from.AddDays(weeks * 7 + 1); d <= to; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) count++;
        // Every bank holiday falls on a weekday (substitute days see to that), so each one counted above comes off.
        return count - EnglandBankHolidays.CountBetween(from, to);
    }

    /// <summary>The date <paramref name="count"/> working days after <paramref name="from"/>.</summary>
    public static DateOnly Add(DateOnly from, int count)
    {
        var date = from;
        while (count > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) count--;
        }
        return date;
    }

    /// <summary>The latest date from which more than <paramref name="count"/> working days have passed by <paramref name="today"/>.</summary>
    public static DateOnly LatestStartMoreThan(int count, DateOnly today)
    {
        var date = today.AddDays(-1);
        while (Between(date, today) <= count) date = date.AddDays(-1);
        return date;
    }
}
