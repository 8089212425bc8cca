using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>A review of the plan: the meeting, and the LA's decision after it, due within 4 weeks.</summary>
public sealed record AnnualReview(DateOnly MeetingOn, ReviewDecision Decision, DateOnly DecidedOn)
{
    public bool DecidedInTime => DecidedOn <= StatutoryPeriods.ReviewDecision.EndsOn(MeetingOn);
}
