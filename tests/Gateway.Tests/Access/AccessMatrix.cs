using Google.Protobuf;
using Grpc.Core;
using static SendPlatform.Gateway.Tests.Access.Caller;
using Ap = SendPlatform.Contracts.Ap.V1;
using Dashboard = SendPlatform.Contracts.Dashboard.V1;
using Ehcp = SendPlatform.Contracts.Ehcp.V1;
using Funding = SendPlatform.Contracts.Funding.V1;
using Inclusion = SendPlatform.Contracts.Inclusion.V1;
using Movements = SendPlatform.Contracts.Movements.V1;
using Standards = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.Gateway.Tests.Access;

/// <summary>
/// Who may call what, for every RPC of every service: the specification the matrix test holds the platform to
/// (README's "Security model"). A scope decides whether a caller reaches an RPC at all; the rest is each use case's
/// decision from stored facts. Rows run in this order, so the one that brings a new standards set into force is last.
/// </summary>
public static class AccessMatrix
{
    private static readonly Caller[] Everyone = Callers.Partners;
    private static readonly Caller[] FundingReaders = [Dfe, OwningLa, OtherLa, CurrentSchool, FormerSchool, UnrelatedSchool];
    private static readonly Caller[] TheLa = [OwningLa];
    private static readonly Caller[] DfeOnly = [Dfe];
    private static readonly Caller[] Keepers = [Dfe, OwningLa];

    private static AccessRow Row(string method, Func<PlatformBehindGateway, Caller, IMessage> request, params Caller[] allowed) =>
        new(method, (p, c) => [request(p, c)], allowed);

    public static readonly IReadOnlyList<AccessRow> Rows =
    [
        // national-standards: reference data and standards are national facts every partner reads; DfE writes them.
        Row("/send.standards.v1.ReferenceData/ListNeedTypes", (_, _) => new Standards.ListNeedTypesRequest(), Everyone),
        Row("/send.standards.v1.ReferenceData/ListProvisionTypes", (_, _) => new Standards.ListProvisionTypesRequest(), Everyone),
        Row("/send.standards.v1.ReferenceData/ListLocalAuthorities", (_, _) => new Standards.ListLocalAuthoritiesRequest(), Everyone),
        Row("/send.standards.v1.ReferenceData/GetLocalAuthority", (_, _) => new Standards.GetLocalAuthorityRequest { LaCode = "931" }, Everyone),
        Row("/send.standards.v1.ReferenceData/PublishPupilHeadcounts", (_, _) => new Standards.PublishPupilHeadcountsRequest
        {
            AcademicYear = "2024-25",
            Headcounts = { new Standards.LaHeadcount { LaCode = "931", Headcount = 94_000 } },
        }, DfeOnly),
        Row("/send.standards.v1.ReferenceData/GetPupilHeadcounts", (_, _) => new Standards.GetPupilHeadcountsRequest { AcademicYear = "2025-26" }, Everyone),
        Row("/send.standards.v1.ReferenceData/ValidateUpn", (p, _) => new Standards.ValidateUpnRequest { Upn = p.NewUpn() }, Everyone),
        Row("/send.standards.v1.StandardsSets/GetStandardsSet", (_, _) => new Standards.GetStandardsSetRequest { Version = "2026.1" }, Everyone),
        Row("/send.standards.v1.StandardsSets/GetCurrentStandards", (_, _) => new Standards.GetCurrentStandardsRequest(), Everyone),
        Row("/send.standards.v1.StandardsSets/ListStandardsSets", (_, _) => new Standards.ListStandardsSetsRequest(), Everyone),
        Row("/send.standards.v1.EhcPlans/ValidateEhcPlan", (_, _) => new Standards.ValidateEhcPlanRequest { Plan = new Standards.EhcPlan() }, Everyone),
        Row("/send.standards.v1.StandardsSets/CreateStandardsSet", (_, _) =>
            PlatformBehindGateway.Parse<Standards.CreateStandardsSetRequest>(StandardsSetJsonFor("2027.1")), DfeOnly),
        Row("/send.standards.v1.StandardsSets/ReplaceStandardsSet", (_, _) =>
            PlatformBehindGateway.Parse<Standards.ReplaceStandardsSetRequest>(StandardsSetJsonFor("2026.2")), DfeOnly),

        // funding-bands: tariffs are read by those who price places (not AP providers); DfE sets them.
        Row("/send.funding.v1.FundingFrameworks/GetFramework", (_, _) => new Funding.GetFrameworkRequest { FinancialYear = "2026-27" }, FundingReaders),
        Row("/send.funding.v1.FundingFrameworks/ListFrameworks", (_, _) => new Funding.ListFrameworksRequest(), FundingReaders),
        Row("/send.funding.v1.FundingPricing/PricePlacement", (_, _) => new Funding.PricePlacementRequest
        {
            LaCode = "931", ProvisionType = "AP", Band = "B1", StartDate = "2026-09-01", EndDate = "2027-03-31", FractionOfFullTime = "1",
        }, FundingReaders),
        Row("/send.funding.v1.FundingPricing/PricePlaces", (_, _) => new Funding.PricePlacesRequest { ProvisionType = "AP", Places = 2, FinancialYear = "2026-27" },
            FundingReaders),
        new("/send.funding.v1.FundingPricing/EstimateHighNeeds", (_, _) =>
        [
            new Funding.EstimateHighNeedsRequest { Header = new Funding.HighNeedsEstimateHeader { LaCode = "931", FinancialYear = "2026-27", HighNeedsBudgetPence = 100_000_000 } },
            new Funding.EstimateHighNeedsRequest { Placement = new Funding.EstimatePlacement
            {
                Id = "p1", ProvisionType = "AP", Band = "B1", StartDate = "2026-09-01", EndDate = "2027-03-31", FractionOfFullTime = "1",
            } },
        ], Keepers),
        Row("/send.funding.v1.FundingFrameworks/CreateFramework", (_, _) => PlatformBehindGateway.Framework("2029-30"), DfeOnly),
        Row("/send.funding.v1.FundingFrameworks/ReplaceFramework", (p, _) =>
            PlatformBehindGateway.Parse<Funding.ReplaceFrameworkRequest>($$"""{"id":"{{p.DraftFrameworkToReplace}}","content":{{PlatformBehindGateway.FrameworkContent}}}"""),
            DfeOnly),
        Row("/send.funding.v1.FundingFrameworks/PublishFramework", (p, _) => new Funding.PublishFrameworkRequest { Id = p.DraftFrameworkToPublish }, DfeOnly),

        // pupil-movements: the responsible LA and the pupil's current setting; a former setting reads its own time only.
        Row("/send.movements.v1.PupilMovements/RecordMovement", (p, _) => Suspension(p), OwningLa, CurrentSchool),
        new("/send.movements.v1.PupilMovements/RecordMovementBatch", (p, _) => [new Movements.RecordMovementBatchRequest { Items = { Suspension(p) } }],
            [OwningLa, CurrentSchool]) { Judge = answers => ItemStatus(((Movements.RecordMovementBatchResponse)answers.Single()).Results.Single()) },
        Row("/send.movements.v1.PupilMovements/RecordMovements", (p, _) => Suspension(p), OwningLa, CurrentSchool) with
        {
            Judge = answers => ItemStatus(answers.Cast<Movements.RecordMovementsReply>().Single(r => r.ReplyCase == Movements.RecordMovementsReply.ReplyOneofCase.Result).Result),
        },
        Row("/send.movements.v1.PupilMovements/GetPupilTimeline", (p, _) => new Movements.GetPupilTimelineRequest { Upn = p.Pupil },
            OwningLa, CurrentSchool, FormerSchool) with { DeniedAs = StatusCode.NotFound },
        Row("/send.movements.v1.PupilMovements/ListChildrenNotInSchool", (_, _) => new Movements.ListChildrenNotInSchoolRequest { LaCode = "931" }, TheLa),
        Row("/send.movements.v1.PupilMovements/ListMovements", (_, _) => new Movements.ListMovementsRequest { LaCode = "931" }, TheLa),
        Row("/send.movements.v1.OversightAlerts/ListAlerts", (_, _) => new Movements.ListAlertsRequest { LaCode = "931" }, TheLa),
        Row("/send.movements.v1.OversightAlerts/GetAlert", (p, _) => new Movements.GetAlertRequest { Id = p.AlertToAcknowledge }, TheLa),
        Row("/send.movements.v1.OversightAlerts/AcknowledgeAlert", (p, _) => new Movements.AcknowledgeAlertRequest { Id = p.AlertToAcknowledge }, TheLa),
        Row("/send.movements.v1.OversightAlerts/ResolveAlert", (p, _) =>
            new Movements.ResolveAlertRequest { Id = p.AlertToResolve, Resolution = "Found on roll at another school" }, TheLa),

        // ap-commissioning: the commissioning LA; the provider reads and reports on its own placements; the register is public.
        Row("/send.ap.v1.ApProviders/CreateProvider", (p, _) => PlatformBehindGateway.Provider(p.NewUrn()), TheLa),
        Row("/send.ap.v1.ApProviders/GetProvider", (p, _) => new Ap.GetProviderRequest { Id = p.ProviderId }, Everyone),
        Row("/send.ap.v1.ApProviders/ListProviders", (_, _) => new Ap.ListProvidersRequest { LaCode = "931" }, Everyone),
        Row("/send.ap.v1.ApCommissioning/SetBudget", (_, _) => PlatformBehindGateway.Budget(), TheLa),
        Row("/send.ap.v1.ApCommissioning/GetBudget", (_, _) => new Ap.GetBudgetRequest { LaCode = "931" }, TheLa),
        Row("/send.ap.v1.ApCommissioning/CommissionPlaces", (p, _) => p.Commission(), TheLa),
        Row("/send.ap.v1.ApCommissioning/ListCommissions", (_, _) => new Ap.ListCommissionsRequest { LaCode = "931" }, TheLa),
        Row("/send.ap.v1.ApPlacements/PlacePupil", (p, _) => p.Placement(p.NewUpn()), TheLa),
        Row("/send.ap.v1.ApPlacements/GetPlacement", (p, _) => new Ap.GetPlacementRequest { Id = p.PlacementToRead }, OwningLa, ApProvider),
        Row("/send.ap.v1.ApPlacements/EndPlacement", (p, _) => new Ap.EndPlacementRequest
        {
            Id = p.PlacementToEnd, EndDate = "2026-11-20", Outcome = Ap.PlacementOutcome.ReturnedToHomeSchool,
        }, TheLa),
        Row("/send.ap.v1.ApPerformance/SubmitOutcomes", (p, _) => new Ap.SubmitOutcomesRequest
        {
            PlacementId = p.PlacementToRead, SchoolYear = "2026-27", Term = Ap.Term.Autumn, AttendanceBeforePercent = "80.0", AttendanceDuringPercent = "90.0",
        }, ApProvider),
        Row("/send.ap.v1.ApPerformance/GetProviderScorecard", (p, _) => new Ap.GetProviderScorecardRequest { ProviderId = p.ProviderId }, Everyone),
        Row("/send.ap.v1.ApPerformance/GetLocalAuthorityScorecard", (_, _) => new Ap.GetLocalAuthorityScorecardRequest { LaCode = "931" }, Everyone),

        // inclusion-plans: the area's LA; a draft also its partnership's members (by type and id); published plans and the register are public.
        Row("/send.inclusion.v1.InclusionPlans/SetPartnership", (_, _) => PlatformBehindGateway.Partnership(), TheLa),
        Row("/send.inclusion.v1.InclusionPlans/GetPartnership", (_, _) => new Inclusion.GetPartnershipRequest { LaCode = "931" }, Everyone),
        Row("/send.inclusion.v1.InclusionPlans/CreatePlan", (_, _) => PlatformBehindGateway.Plan(), TheLa),
        Row("/send.inclusion.v1.InclusionPlans/ReplacePlan", (p, _) => new Inclusion.ReplacePlanRequest
        {
            LaCode = "931", Id = p.DraftPlanToReplace, Content = PlatformBehindGateway.Plan().Content, ExpectedRevision = 1,
        }, TheLa),
        Row("/send.inclusion.v1.InclusionPlans/SignOffPlan", (p, _) => new Inclusion.SignOffPlanRequest
        {
            LaCode = "931", Id = p.DraftPlan, OrganisationId = PlatformBehindGateway.CurrentSchool, SignedBy = "Chair of trustees", Revision = 1,
        }, OwningLa, CurrentSchool),
        Row("/send.inclusion.v1.InclusionPlans/PublishPlan", (p, _) => new Inclusion.PublishPlanRequest { LaCode = "931", Id = p.PlanToPublish }, TheLa),
        Row("/send.inclusion.v1.InclusionPlans/GetPlan", (p, _) => new Inclusion.GetPlanRequest { LaCode = "931", Id = p.DraftPlan }, OwningLa, CurrentSchool),
        Row("/send.inclusion.v1.InclusionPlans/GetCompliance", (p, _) => new Inclusion.GetComplianceRequest { LaCode = "931", Id = p.DraftPlan }, OwningLa, CurrentSchool),
        Row("/send.inclusion.v1.InclusionPlans/ListPlans", (_, _) => new Inclusion.ListPlansRequest { LaCode = "931" }, Everyone),
        Row("/send.inclusion.v1.Settings/UpsertSetting", (p, _) => new Inclusion.UpsertSettingRequest { Setting = PlatformBehindGateway.Setting(p.NewUrn(), "MAINSTREAM") },
            Keepers),
        Row("/send.inclusion.v1.Settings/LoadSettings", (p, _) => PlatformBehindGateway.Setting(p.NewUrn(), "MAINSTREAM"), Keepers) with
        {
            // Another LA may load its own area's settings: a row of LA 931's is refused on its own, the load still answers.
            Judge = answers => answers.Single() is Inclusion.LoadSettingsResult { Loaded: 1 } ? StatusCode.OK
                : answers.Single() is Inclusion.LoadSettingsResult { Rejected: 1 } ? StatusCode.PermissionDenied : StatusCode.Unknown,
        },
        Row("/send.inclusion.v1.Settings/GetSetting", (_, _) => new Inclusion.GetSettingRequest { Urn = PlatformBehindGateway.CurrentSchool }, Everyone),
        Row("/send.inclusion.v1.Settings/ListSettings", (_, _) => new Inclusion.ListSettingsRequest { LaCode = "931" }, Everyone),
        Row("/send.inclusion.v1.TailoredLists/CreateTailoredList", (_, _) => PlatformBehindGateway.TailoredListRequest(), TheLa),
        Row("/send.inclusion.v1.TailoredLists/GetTailoredList", (p, _) => new Inclusion.GetTailoredListRequest { Id = p.TailoredList }, TheLa),

        // inclusion-dashboard: every partner reads every area; which figures are withheld from whom is the dashboard's
        // own tests' subject (InclusionDashboard.Tests).
        Row("/send.dashboard.v1.InclusionDashboard/GetNationalSummary", (_, _) => new Dashboard.GetNationalSummaryRequest(), Everyone),
        Row("/send.dashboard.v1.InclusionDashboard/GetRegionSummary", (_, _) => new Dashboard.GetRegionSummaryRequest { Region = "E12000008" }, Everyone),
        Row("/send.dashboard.v1.InclusionDashboard/GetLocalAuthoritySummary", (_, _) => new Dashboard.GetLocalAuthoritySummaryRequest { LaCode = "931" },
            Everyone),
        Row("/send.dashboard.v1.InclusionDashboard/GetSettingSummary", (_, _) => new Dashboard.GetSettingSummaryRequest { Urn = "100000" }, Everyone),
        Row("/send.dashboard.v1.InclusionDashboard/ExportLocalAuthority", (_, _) => new Dashboard.GetLocalAuthoritySummaryRequest { LaCode = "931" }, Everyone),
        Row("/send.dashboard.v1.InclusionDashboard/GetLocalAuthoritySeries", (_, _) => new Dashboard.GetLocalAuthoritySeriesRequest { LaCode = "931", Measure = "admissions" },
            Everyone),
        Row("/send.dashboard.v1.InclusionDashboard/ExportNational", (_, _) => new Dashboard.GetNationalSummaryRequest(), Everyone),
        Row("/send.dashboard.v1.InclusionDashboard/ExportEhcTimeliness", (_, _) => new Dashboard.ExportEhcTimelinessRequest { Year = "2026" }, Everyone),
        // ehc-assessments: the responsible LA runs its cases; the setting that asked follows its request; DfE holds no EHC scope.
        Row("/send.ehcp.v1.EhcCases/RequestAssessment", (p, _) => p.EhcRequest(), OwningLa, CurrentSchool),
        Row("/send.ehcp.v1.EhcCases/GetCase", (p, _) => new Ehcp.GetCaseRequest { Id = p.EhcCaseToRead }, OwningLa, CurrentSchool),
        Row("/send.ehcp.v1.EhcCases/ListCases", (_, _) => new Ehcp.ListCasesRequest { LaCode = "931" }, TheLa),
        Row("/send.ehcp.v1.EhcCases/DecideAssessment", (p, _) => new Ehcp.DecideAssessmentRequest
        {
            Id = p.EhcCaseToDecide, Decision = Ehcp.AssessmentDecision.Assess, DecidedOn = "2026-11-20",
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/RecordException", (p, _) => new Ehcp.RecordExceptionRequest
        {
            Id = p.EhcCaseDrafting, Kind = Ehcp.ExceptionKind.PersonalCircumstances, StartedOn = "2026-11-10",
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/DecideToIssue", (p, _) => new Ehcp.DecideToIssueRequest
        {
            Id = p.EhcCaseAssessing, Decision = Ehcp.IssueDecision.Issue, DecidedOn = "2026-11-20",
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/IssueDraftPlan", (p, _) => new Ehcp.IssuePlanRequest
        {
            Id = p.EhcCaseDrafting, Plan = PlatformBehindGateway.EhcPlan(urn: null), IssuedOn = "2026-11-20",
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/IssueFinalPlan", (p, _) => new Ehcp.IssuePlanRequest
        {
            Id = p.EhcCaseWithDraft, Plan = PlatformBehindGateway.EhcPlan(PlatformBehindGateway.CurrentSchool), IssuedOn = "2026-11-25",
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/RecordReview", (p, _) => new Ehcp.RecordReviewRequest
        {
            Id = p.EhcCaseInForce, MeetingOn = "2026-11-26", Decision = Ehcp.ReviewDecision.Maintain, DecidedOn = "2026-11-27",
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/IssueAmendedPlan", (p, _) => new Ehcp.IssuePlanRequest
        {
            Id = p.EhcCaseAmending, Plan = PlatformBehindGateway.EhcPlan(PlatformBehindGateway.CurrentSchool), IssuedOn = "2026-11-27",
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/CeasePlan", (p, _) => new Ehcp.CeasePlanRequest
        {
            Id = p.EhcCaseWithDraft, CeasedOn = "2026-11-28", Reason = Ehcp.CeaseReason.Died,
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/SetSchoolSystem", (p, _) => new Ehcp.SetSchoolSystemRequest { Id = p.EhcCaseInForce, SchoolSystem = Ehcp.SchoolSystem.InfantJunior }, TheLa),
        Row("/send.ehcp.v1.EhcCases/DecideToCease", (p, _) => new Ehcp.DecideToCeaseRequest
        {
            Id = p.EhcCaseInForce, DecidedOn = "2026-11-28", Reason = Ehcp.CeaseReason.NoLongerNecessary,
        }, TheLa),
        Row("/send.ehcp.v1.EhcCases/TransferPlan", (p, _) => new Ehcp.TransferPlanRequest { Id = p.EhcCaseToTransfer, ToLaCode = "202", TransferredOn = "2026-11-26" },
            TheLa),
        // After a transfer the receiving LA (202 here) runs the case.
        Row("/send.ehcp.v1.EhcCases/DecideOnReassessment", (p, _) => new Ehcp.DecideOnReassessmentRequest
        {
            Id = p.EhcCaseTransferred, Reassess = false, DecidedOn = "2026-11-27",
        }, OtherLa),
        // A plan's content goes to the LA and the setting it names in section I, not to a setting that only asked.
        Row("/send.ehcp.v1.EhcCases/GetPlanVersion", (p, _) => new Ehcp.GetPlanVersionRequest { Id = p.EhcCaseInForce, Number = 2 }, OwningLa, CurrentSchool),

        // Advice during the assessment: asked for, then received, by the responsible LA.
        Row("/send.ehcp.v1.EhcAdvice/RequestAdvice", (p, _) => new Ehcp.RequestAdviceRequest
        {
            Id = p.EhcCaseAdvising, Kind = Ehcp.AdviceKind.Psychological, RequestedOn = "2026-11-05",
        }, TheLa),
        Row("/send.ehcp.v1.EhcAdvice/RecordAdviceReceived", (p, _) => new Ehcp.RecordAdviceReceivedRequest
        {
            Id = p.EhcCaseAdvising, Kind = Ehcp.AdviceKind.Psychological, ReceivedOn = "2026-11-30",
        }, TheLa),
        // Redress on a refusal: the responsible LA records mediation, the appeal and its outcome, in that order.
        Row("/send.ehcp.v1.EhcRedress/RecordMediation", (p, _) => new Ehcp.RecordMediationRequest
        {
            Id = p.EhcCaseRefused, Subject = Ehcp.DisagreementSubject.NotToAssess, AdviserContactedOn = "2026-11-10", WantsMediation = false,
        }, TheLa),
        Row("/send.ehcp.v1.EhcRedress/RegisterAppeal", (p, _) => new Ehcp.RegisterAppealRequest
        {
            Id = p.EhcCaseRefused, Subject = Ehcp.DisagreementSubject.NotToAssess, RegisteredOn = "2026-11-20",
        }, TheLa),
        Row("/send.ehcp.v1.EhcRedress/RecordAppealOutcome", (p, _) => new Ehcp.RecordAppealOutcomeRequest
        {
            Id = p.EhcCaseRefused, Subject = Ehcp.DisagreementSubject.NotToAssess, Outcome = Ehcp.AppealOutcome.Dismissed, DecidedOn = "2026-11-27",
        }, TheLa),
        // The SEN2 return holds the LA's children: the LA alone generates and checks it.
        Row("/send.ehcp.v1.EhcReturns/ExportSen2Return", (_, _) => new Ehcp.Sen2ReturnRequest { LaCode = "931", CensusDate = "2026-01-15" }, TheLa),
        Row("/send.ehcp.v1.EhcReturns/CheckSen2Return", (_, _) => new Ehcp.Sen2ReturnRequest { LaCode = "931", CensusDate = "2026-01-15" }, TheLa),

        Row("/send.dashboard.v1.InclusionDashboard/GetGlossary", (_, _) => new Dashboard.GetGlossaryRequest(), Everyone),

        // Last: a new standards set in force changes what the rows above read.
        Row("/send.standards.v1.StandardsSets/PublishStandardsSet", (_, _) => new Standards.PublishStandardsSetRequest { Version = "2026.3" }, DfeOnly),
    ];

    private static string StandardsSetJsonFor(string version) => TestKit.StandardsSetJson.Publishable(version, PlatformBehindGateway.StandardCodes);

    /// <summary>A day's suspension of the fixture's pupil from the school it is on roll at.</summary>
    private static Movements.RecordMovementRequest Suspension(PlatformBehindGateway p) =>
        PlatformBehindGateway.Movement(p.Pupil, Movements.MovementType.Suspension, "2026-11-02", from: PlatformBehindGateway.CurrentSchool, suspensionDays: 1);

    private static StatusCode ItemStatus(Movements.BatchItemResult result) =>
        result.Error is null ? StatusCode.OK : Enum.Parse<StatusCode>(result.Error.Code.Replace("_", ""), ignoreCase: true);
}
