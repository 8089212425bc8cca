namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>
/// Calendar dates as England counts them (Europe/London): a notification at 00:30 BST belongs to that day, not to
/// the UTC day before. Every rule about dates (a start "today", a birth date "in the future") uses this.
/// </summary>
public static class EnglandCalendar
{
    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, England).DateTime);

    public static DateOnly TodayInEngland(this TimeProvider clock) => DateOf(clock.GetUtcNow());
}
