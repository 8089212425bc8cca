using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Advice;

/// <summary>
/// Advice the LA asked for in the assessment, due 6 weeks from the request (SEND Regulations 2014 reg 8(1)), and the
/// day it arrived. A late adviser does not stop the LA's own clock: the decisions stay due when they are.
/// </summary>
public sealed record AdviceRequest(AdviceKind Kind, DateOnly RequestedOn, DateOnly? ReceivedOn)
{
    public DateOnly DueOn => StatutoryPeriods.Advice.EndsOn(RequestedOn);

    public bool ReceivedInTime => ReceivedOn is { } received && received <= DueOn;

    public bool OverdueOn(DateOnly today) => ReceivedOn is null && today > DueOn;
}
