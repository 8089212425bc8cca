using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>The next step the law times on a case, the last day it may be done on, and whether that day has passed.</summary>
public sealed record DueStep(StatutoryPeriod Period, DateOnly DueOn)
{
    public bool OverdueOn(DateOnly today) => today > DueOn;
}
