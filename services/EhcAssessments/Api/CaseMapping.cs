using Google.Protobuf.WellKnownTypes;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>Case → wire, with its due dates and whether the next step is overdue today.</summary>
public static class CaseMapping
{
    /// <param name="redress">Whether the caller sees the family's disagreements (the LA does; a setting that made the request does not).</param>
    public static Proto.EhcCase ToProto(this EhcCase c, DateOnly today, bool redress = true)
    {
        var proto = new Proto.EhcCase
        {
            Id = c.Id.ToString(),
            LaCode = c.LaCode,
            Child = new Proto.Child
            {
                GivenName = c.Child.GivenName,
                FamilyName = c.Child.FamilyName,
                DateOfBirth = WireFormats.Date(c.Child.DateOfBirth),
                Sex = c.Child.Sex,
                Postcode = c.Child.Postcode,
                Upn = c.Child.Upn ?? "",
            },
            Source = (Proto.RequestSource)(int)c.Source,
            RequestingSettingUrn = c.RequestingSettingUrn ?? "",
            ReceivedOn = WireFormats.Date(c.ReceivedOn),
            Stage = (Proto.CaseStage)(int)c.Stage,
            AssessmentDecision = (Proto.AssessmentDecision)(int)(c.AssessmentDecision ?? 0),
            AssessmentDecidedOn = c.AssessmentDecidedOn is { } decided ? WireFormats.Date(decided) : "",
            AssessmentDecisionReason = c.AssessmentDecisionReason ?? "",
            AssessmentDecidedInTime = c.AssessmentDecidedInTime,
            FinalPlanDueOn = WireFormats.Date(c.FinalPlanDueOn),
            AppealDeadline = c.AppealDeadline is { } appeal ? WireFormats.Date(appeal) : "",
            RecordedAt = Timestamp.FromDateTimeOffset(c.RecordedAt),
            RecordedBy = c.RecordedBy,
            Exceptions =
            {
                c.Exceptions.Select(e => new Proto.TimescaleException
                {
                    Kind = (Proto.ExceptionKind)(int)e.Kind, StartedOn = WireFormats.Date(e.StartedOn), EndedOn = e.EndedOn is { } end ? WireFormats.Date(end) : "",
                }),
            },
            IssueDecision = (Proto.IssueDecision)(int)(c.IssueDecision ?? 0),
            IssueDecidedOn = c.IssueDecidedOn is { } issueDecided ? WireFormats.Date(issueDecided) : "",
            IssueDecisionReason = c.IssueDecisionReason ?? "",
            IssueDecidedInTime = c.IssueDecidedInTime,
            PlanVersions =
            {
                c.PlanVersions.Select(v => new Proto.PlanVersionSummary
                {
                    Number = v.Number, Kind = (Proto.PlanKind)(int)v.Kind, IssuedOn = WireFormats.Date(v.IssuedOn), FindingCount = v.FindingCount,
                    RepresentationsDueOn = v.Kind == PlanKind.Draft ? WireFormats.Date(StatutoryPeriods.DraftRepresentations.EndsOn(v.IssuedOn)) : "",
                }),
            },
            PlanIssuedOn = c.PlanIssuedOn is { } issued ? WireFormats.Date(issued) : "",
            PlanIssuedInTime = c.PlanIssuedInTime,
            DaysToIssue = c.DaysToIssue ?? 0,
            Reviews =
            {
                c.Reviews.Select(r => new Proto.AnnualReview
                {
                    MeetingOn = WireFormats.Date(r.MeetingOn), Decision = (Proto.ReviewDecision)(int)r.Decision, DecidedOn = WireFormats.Date(r.DecidedOn),
                    DecidedInTime = r.DecidedInTime,
                }),
            },
            CeasedOn = c.CeasedOn is { } ceased ? WireFormats.Date(ceased) : "",
            CeaseReason = (Proto.CeaseReason)(int)(c.CeaseReason ?? 0),
            CeaseDecidedOn = c.CeaseDecidedOn is { } ceasing ? WireFormats.Date(ceasing) : "",
            SchoolSystem = (Proto.SchoolSystem)(int)c.Schools,
            TransferredFromLaCode = c.TransferredFromLa ?? "",
            TransferredOn = c.TransferredOn is { } moved ? WireFormats.Date(moved) : "",
            Reassess = c.Reassess ?? false,
            ReassessmentDecidedOn = c.ReassessmentDecidedOn is { } reassessed ? WireFormats.Date(reassessed) : "",
            Disagreements = { redress ? c.Disagreements.Select(d => d.ToProto()) : [] },
            Advice =
            {
                c.Advice.Select(a => new Proto.AdviceRequest
                {
                    Kind = (Proto.AdviceKind)(int)a.Kind, RequestedOn = WireFormats.Date(a.RequestedOn), DueOn = WireFormats.Date(a.DueOn),
                    ReceivedOn = a.ReceivedOn is { } received ? WireFormats.Date(received) : "", ReceivedInTime = a.ReceivedInTime, Overdue = a.OverdueOn(today),
                }),
            },
        };
        if (c.Next is { } next)
            proto.Next = new Proto.DueStep { Step = next.Period.Step, DueOn = WireFormats.Date(next.DueOn), Authority = next.Period.Authority, Overdue = next.OverdueOn(today) };
        return proto;
    }
}
