using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Redress;

namespace SendPlatform.EhcAssessments.Events;

/// <summary>What ehc-assessments tells the platform at each step of a case: the LA, the dates and the outcome, never the child.</summary>
public static class EhcCaseEvents
{
    public static EhcRequestReceived Received(EhcCase c, DateTimeOffset now) =>
        new(c.Id, c.LaCode, c.Source.ToString(), c.ReceivedOn) { OccurredAt = now };

    public static AssessmentDecided Decided(EhcCase c, DateTimeOffset now) =>
        new(c.Id, c.LaCode, c.AssessmentDecision!.Value.ToString(), c.ReceivedOn, c.AssessmentDecidedOn!.Value, c.AssessmentDecidedInTime) { OccurredAt = now };

    public static EhcPlanDecided PlanDecided(EhcCase c, DateTimeOffset now) =>
        new(c.Id, c.LaCode, c.IssueDecision!.Value.ToString(), c.ReceivedOn, c.IssueDecidedOn!.Value, c.IssueDecidedInTime) { OccurredAt = now };

    public static EhcPlanIssued PlanIssued(EhcCase c, DateTimeOffset now) =>
        new(c.Id, c.LaCode, c.ReceivedOn, c.PlanIssuedOn!.Value, c.PlanIssuedInTime, c.HasException, c.IssuedPlan?.PrimaryNeed, c.IssuedPlan?.ProvisionType,
            c.IssuedPlan?.SettingUrn) { OccurredAt = now };

    public static AnnualReviewCompleted Reviewed(EhcCase c, AnnualReview review, DateTimeOffset now) =>
        new(c.Id, c.LaCode, review.MeetingOn, review.Decision.ToString(), review.DecidedOn, review.DecidedInTime) { OccurredAt = now };

    public static EhcPlanAmended Amended(EhcCase c, DateOnly issuedOn, DateTimeOffset now) =>
        new(c.Id, c.LaCode, issuedOn, c.AmendedInTime, c.IssuedPlan?.PrimaryNeed, c.IssuedPlan?.ProvisionType, c.IssuedPlan?.SettingUrn) { OccurredAt = now };

    public static EhcPlanCeased Ceased(EhcCase c, DateTimeOffset now) => new(c.Id, c.LaCode, c.CeasedOn!.Value, c.CeaseReason!.Value.ToString()) { OccurredAt = now };

    public static EhcStepOverdue Overdue(OverdueAlert alert, string authority) =>
        new(alert.CaseId, alert.LaCode, alert.Step, authority, alert.DueOn) { OccurredAt = alert.RaisedAt };

    public static EhcPlanTransferred Transferred(EhcCase c, DateTimeOffset now) => new(c.Id, c.TransferredFromLa!, c.LaCode, c.TransferredOn!.Value) { OccurredAt = now };

    public static AppealRegistered AppealRegistered(EhcCase c, Disagreement d, DateTimeOffset now) =>
        new(c.Id, c.LaCode, d.Subject.ToString(), d.DecisionOn, d.AppealRegisteredOn!.Value, d.AppealInTime, d.MediationHeldOn is not null) { OccurredAt = now };

    public static AppealDecided AppealDecided(EhcCase c, Disagreement d, DateTimeOffset now) =>
        new(c.Id, c.LaCode, d.Subject.ToString(), d.DecisionOn, d.Outcome!.Value.ToString(), d.AppealRegisteredOn!.Value, d.OutcomeOn!.Value) { OccurredAt = now };
}
