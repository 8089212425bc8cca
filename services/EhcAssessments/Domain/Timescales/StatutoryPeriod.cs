namespace SendPlatform.EhcAssessments.Domain.Timescales;

/// <summary>
/// A period the law gives for a step, and where it says so. Its end is the last day the step may be done on:
/// "within 6 weeks of" a day ends 42 days after it; a period "beginning with" a day counts that day as its first;
/// working days skip weekends and England's bank holidays; "2 months" from 31 December ends on the last day of
/// February, as the calendar has no 31 February.
/// </summary>
public sealed record StatutoryPeriod(string Step, string Authority, PeriodUnit Unit, int Length, bool BeginsWithTheDay = false)
{
    public DateOnly EndsOn(DateOnly from)
    {
        var start = BeginsWithTheDay ? from.AddDays(-1) : from;
        return Unit switch
        {
            PeriodUnit.Days => start.AddDays(Length),
            PeriodUnit.WorkingDays => WorkingDays.Add(start, Length),
            PeriodUnit.Weeks => start.AddDays(7 * Length),
            _ => start.AddMonths(Length),
        };
    }
}
