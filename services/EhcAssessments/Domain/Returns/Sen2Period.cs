namespace SendPlatform.EhcAssessments.Domain.Returns;

/// <summary>
/// What a SEN2 return for one census day covers. The return is collected in January: its work is the calendar year
/// before it, and a plan counts as active when it is in force on the census day itself. A step dated after the census
/// day has not happened for the return; one dated before the year is historical (the guide's "H").
/// </summary>
public sealed record Sen2Period(DateOnly CensusDate)
{
    public int CollectionYear => CensusDate.Year;

    public DateOnly Start => new(CensusDate.Year - 1, 1, 1);

    public bool Happened(DateOnly? on) => on is { } day && day <= CensusDate;

    public bool Historical(DateOnly on) => on < Start;

    public bool InPeriod(DateOnly? on) => on is { } day && day >= Start && day <= CensusDate;
}
