using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.ApCommissioning.Api;
using SendPlatform.EhcAssessments.Api;
using SendPlatform.FundingBands.Api;
using SendPlatform.InclusionDashboard.Api;
using SendPlatform.InclusionPlans.Api;
using SendPlatform.NationalStandards.Api;
using SendPlatform.PupilMovements.Api;
using SendPlatform.PupilMovements.Data;
using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.TestKit;
using Ap = SendPlatform.Contracts.Ap.V1;
using Ehcp = SendPlatform.Contracts.Ehcp.V1;
using Funding = SendPlatform.Contracts.Funding.V1;
using Inclusion = SendPlatform.Contracts.Inclusion.V1;
using Movements = SendPlatform.Contracts.Movements.V1;
using Standards = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.Gateway.Tests.Access;

/// <summary>
/// All seven services on real h2c sockets over the real servers, one broker between them, and the gateway (Development)
/// in front; then the records the access matrix needs, made through the gateway by those who may make them: standards
/// and funding frameworks in force and in draft, a settings register, a pupil who moved from one school to another,
/// two oversight alerts, an AP provider with a commission and placements, a partnership with draft and signed-off
/// plans, a tailored list, and two EHC cases the current school asked for.
/// </summary>
public class PlatformBehindGateway : IAsyncLifetime
{
    public const string CurrentSchool = "100000";
    public const string FormerSchool = "100001";
    public const string UnrelatedSchool = "100002";
    public const string ApProviderUrn = "140000";
    public const string OtherAreaSchool = "170000";

    private readonly List<IAsyncDisposable> _running = [];
    private readonly System.Collections.Concurrent.ConcurrentBag<string> _upns = [];
    private readonly Lazy<Task<IReadOnlyList<string>>> _matrix;
    private int _serial;

    public PlatformBehindGateway() => _matrix = new(() => MatrixCalls.RunAsync(this));

    /// <summary>What every process (the seven services and the gateway) would export.</summary>
    public TelemetryCapture Telemetry { get; } = new();

    public GatewayFactory Gateway { get; private set; } = null!;

    /// <summary>Each service's own address (h2c), for health checks that bypass the gateway.</summary>
    public Dictionary<string, string> ServiceAddresses { get; } = [];

    public string Pupil { get; private set; } = "";
    public string AlertToAcknowledge { get; private set; } = "";
    public string AlertToResolve { get; private set; } = "";
    public string ProviderId { get; private set; } = "";
    public string CommissionId { get; private set; } = "";
    public string PlacementToRead { get; private set; } = "";
    public string PlacementToEnd { get; private set; } = "";
    public string DraftFrameworkToReplace { get; private set; } = "";
    public string DraftFrameworkToPublish { get; private set; } = "";
    public string DraftPlan { get; private set; } = "";
    public string DraftPlanToReplace { get; private set; } = "";
    public string PlanToPublish { get; private set; } = "";
    public string TailoredList { get; private set; } = "";
    public string EhcCaseToRead { get; private set; } = "";
    public string EhcCaseToDecide { get; private set; } = "";
    public string EhcCaseAssessing { get; private set; } = "";
    public string EhcCaseDrafting { get; private set; } = "";
    public string EhcCaseWithDraft { get; private set; } = "";
    public string EhcCaseInForce { get; private set; } = "";
    public string EhcCaseAmending { get; private set; } = "";
    public string EhcCaseToTransfer { get; private set; } = "";
    public string EhcCaseTransferred { get; private set; } = "";
    public string EhcCaseRefused { get; private set; } = "";
    public string EhcCaseAdvising { get; private set; } = "";

    public const string FrameworkContent = """
        {"bands":[{"code":"B1","name":"Band 1","ordinal":1}],"tariffs":[{"bandCode":"B1","provisionType":"AP","annualTopUpPence":"800000"}]}
        """;

    public static readonly string[] StandardCodes = ["IDN-01", "OAP-01", "AP-01"];

    public static readonly Movements.PupilFacts Facts = new() { DateOfBirth = "2015-05-01", SenProvision = "E", PrimaryNeed = "ASD" };
    public const string PlacedPupilBirthDate = "2012-03-07";
    public const double HomeLatitude = 51.7528361;
    public const double HomeLongitude = -1.2571934;
    public const string EhcChildFamilyName = "Okonkwo-Matrix";
    public const string EhcChildBirthDate = "2017-02-13";
    public const string EhcChildPostcode = "OX4 9ZZ";

    /// <summary>A UPN of LA 931 no other record in this fixture uses.</summary>
    public string NewUpn()
    {
        var upn = Upn.Issue($"931400{Interlocked.Increment(ref _serial):D6}").Value;
        _upns.Add(upn);
        return upn;
    }

    /// <summary>Every child identifier the fixture and the matrix sent: UPNs, dates of birth, a home's coordinates (to five places, in any longer form).</summary>
    public IReadOnlyList<string> ChildIdentifiers =>
        [.. _upns, Facts.DateOfBirth, PlacedPupilBirthDate, "51.75283", "-1.25719", EhcChildFamilyName, EhcChildBirthDate, EhcChildPostcode];

    /// <summary>The matrix, run once for the tests that read its outcome and the telemetry it left: what differed from it.</summary>
    public Task<IReadOnlyList<string>> MatrixDifferencesAsync() => _matrix.Value;

    /// <summary>A URN no setting or provider in this fixture has yet.</summary>
    public string NewUrn() => (150000 + Interlocked.Increment(ref _serial)).ToString();

    public CallInvoker Grpc(Caller caller)
    {
        var channel = GrpcChannel.ForAddress(Gateway.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Gateway.Server.CreateHandler() });
        if (caller.Organisation() is not { } organisation) return channel.CreateCallInvoker();
        var token = TestTokens.For(organisation);
        return channel.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return metadata;
        });
    }

    public async Task InitializeAsync()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        Start(new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost), out var standardsAddress);
        Start(new ServiceFactory<FrameworksApi>(infrastructure, "fundingdb", vhost), out var fundingAddress,
            ("services:national-standards:http:0", standardsAddress));
        var movements = Start(new ServiceFactory<MovementsApi>(infrastructure, "movementsdb", vhost), out var movementsAddress,
            ("Oversight:ScheduleEnabled", "false"));
        Start(new ServiceFactory<ProvidersApi>(infrastructure, "apdb", vhost), out var apAddress, ("services:funding-bands:http:0", fundingAddress));
        Start(new ServiceFactory<PlansApi>(infrastructure, "plansdb", vhost), out var plansAddress, ("services:national-standards:http:0", standardsAddress));
        Start(new ServiceFactory<DashboardApi>(infrastructure, "dashboarddb", vhost), out var dashboardAddress);
        Start(new ServiceFactory<CasesApi>(infrastructure, "ehcdb", vhost), out var ehcAddress, ("services:national-standards:http:0", standardsAddress));
        ServiceAddresses["national-standards"] = standardsAddress;
        ServiceAddresses["funding-bands"] = fundingAddress;
        ServiceAddresses["pupil-movements"] = movementsAddress;
        ServiceAddresses["ap-commissioning"] = apAddress;
        ServiceAddresses["inclusion-plans"] = plansAddress;
        ServiceAddresses["inclusion-dashboard"] = dashboardAddress;
        ServiceAddresses["ehc-assessments"] = ehcAddress;
        Gateway = new GatewayFactory("Development", ServiceAddresses)
        {
            MoreServices = Telemetry.AddTo,
        };
        Gateway.StartServer();
        await SeedAsync(movements);
    }

    private ServiceFactory<T> Start<T>(ServiceFactory<T> factory, out string address, params (string Key, string Value)[] settings) where T : class
    {
        foreach (var (key, value) in settings) factory.Settings[key] = value;
        factory.MoreServices = Telemetry.AddTo;
        address = factory.StartOnSocket();
        _running.Add(factory);
        return factory;
    }

    protected virtual async Task SeedAsync(ServiceFactory<MovementsApi> movements)
    {
        var dfe = Grpc(Caller.Dfe);
        var la = Grpc(Caller.OwningLa);

        var sets = new Standards.StandardsSets.StandardsSetsClient(dfe);
        await sets.CreateStandardsSetAsync(Parse<Standards.CreateStandardsSetRequest>(StandardsSetJson.Publishable("2026.1", StandardCodes)));
        await sets.PublishStandardsSetAsync(new Standards.PublishStandardsSetRequest { Version = "2026.1" });
        foreach (var draft in new[] { "2026.2", "2026.3" })
            await sets.CreateStandardsSetAsync(Parse<Standards.CreateStandardsSetRequest>(StandardsSetJson.Publishable(draft, StandardCodes)));
        await new Standards.ReferenceData.ReferenceDataClient(dfe).PublishPupilHeadcountsAsync(new Standards.PublishPupilHeadcountsRequest
        {
            AcademicYear = "2025-26",
            Headcounts = { new Standards.LaHeadcount { LaCode = "931", Headcount = 95_000 } },
        });

        var frameworks = new Funding.FundingFrameworks.FundingFrameworksClient(dfe);
        foreach (var year in new[] { "2026-27", "2027-28" })
        {
            var framework = await frameworks.CreateFrameworkAsync(Framework(year));
            await frameworks.PublishFrameworkAsync(new Funding.PublishFrameworkRequest { Id = framework.Id });
        }
        DraftFrameworkToReplace = (await frameworks.CreateFrameworkAsync(Framework("2030-31"))).Id;
        DraftFrameworkToPublish = (await frameworks.CreateFrameworkAsync(Framework("2028-29"))).Id;

        var settings = new Inclusion.Settings.SettingsClient(la);
        foreach (var (urn, type) in new[] { (CurrentSchool, "MAINSTREAM"), (FormerSchool, "MAINSTREAM"), (UnrelatedSchool, "MAINSTREAM"), (ApProviderUrn, "AP") })
            await settings.UpsertSettingAsync(new Inclusion.UpsertSettingRequest { Setting = Setting(urn, type) });
        await new Inclusion.Settings.SettingsClient(Grpc(Caller.OtherLa))
            .UpsertSettingAsync(new Inclusion.UpsertSettingRequest { Setting = Setting(OtherAreaSchool, "MAINSTREAM", laCode: "202") });
        await WaitForRegisterAsync(movements, CurrentSchool, FormerSchool, UnrelatedSchool, ApProviderUrn, OtherAreaSchool);

        // The pupil joined the former school, then moved to the current one by a managed move the former school recorded.
        Pupil = NewUpn();
        var former = new Movements.PupilMovements.PupilMovementsClient(Grpc(Caller.FormerSchool));
        await Record(former, Pupil, Movements.MovementType.Admission, "2026-09-02", to: FormerSchool);
        await Record(former, Pupil, Movements.MovementType.ManagedMove, "2026-10-05", from: FormerSchool, to: CurrentSchool);

        // Two pupils deleted to an unknown destination by the unrelated school: an alert each for LA 931.
        var unrelated = new Movements.PupilMovements.PupilMovementsClient(Grpc(Caller.UnrelatedSchool));
        for (var i = 0; i < 2; i++)
        {
            var upn = NewUpn();
            await Record(unrelated, upn, Movements.MovementType.Admission, "2026-09-02", to: UnrelatedSchool);
            await Record(unrelated, upn, Movements.MovementType.Deletion, "2026-11-02", from: UnrelatedSchool, ground: "CONTINUOUS_ABSENCE", destination: "UNKNOWN");
        }
        var alerts = await new Movements.OversightAlerts.OversightAlertsClient(la).ListAlertsAsync(new Movements.ListAlertsRequest
        {
            LaCode = "931", Type = Movements.AlertType.DeletedToUnknownDestination,
        });
        (AlertToAcknowledge, AlertToResolve) = (alerts.Alerts[0].Id, alerts.Alerts[1].Id);

        var providers = new Ap.ApProviders.ApProvidersClient(la);
        ProviderId = (await providers.CreateProviderAsync(Provider(ApProviderUrn))).Id;
        await new Ap.ApCommissioning.ApCommissioningClient(la).SetBudgetAsync(Budget());
        CommissionId = (await new Ap.ApCommissioning.ApCommissioningClient(la).CommissionPlacesAsync(Commission())).Id;
        var placements = new Ap.ApPlacements.ApPlacementsClient(la);
        PlacementToRead = (await placements.PlacePupilAsync(Placement(NewUpn()))).Id;
        PlacementToEnd = (await placements.PlacePupilAsync(Placement(NewUpn()))).Id;

        var plans = new Inclusion.InclusionPlans.InclusionPlansClient(la);
        await plans.SetPartnershipAsync(Partnership());
        DraftPlan = (await plans.CreatePlanAsync(Plan())).Id;
        DraftPlanToReplace = (await plans.CreatePlanAsync(Plan())).Id;
        PlanToPublish = (await plans.CreatePlanAsync(Plan())).Id;
        foreach (var member in new[] { "la-931", "icb-bob", "pcf-oxon" })
            await plans.SignOffPlanAsync(new Inclusion.SignOffPlanRequest { LaCode = "931", Id = PlanToPublish, OrganisationId = member, SignedBy = "Chair", Revision = 1 });

        TailoredList = (await new Inclusion.TailoredLists.TailoredListsClient(la).CreateTailoredListAsync(TailoredListRequest())).Id;

        var requests = new Ehcp.EhcCases.EhcCasesClient(Grpc(Caller.CurrentSchool));
        EhcCaseToRead = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseToDecide = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseAssessing = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseDrafting = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseWithDraft = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseInForce = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseAmending = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseToTransfer = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseTransferred = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseRefused = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        EhcCaseAdvising = (await requests.RequestAssessmentAsync(EhcRequest())).Id;
        var cases = new Ehcp.EhcCases.EhcCasesClient(la);
        string[] inForce = [EhcCaseInForce, EhcCaseAmending, EhcCaseToTransfer, EhcCaseTransferred];
        string[] assessed = [EhcCaseToRead, EhcCaseAssessing, EhcCaseAdvising, EhcCaseDrafting, EhcCaseWithDraft, .. inForce];
        foreach (var id in assessed)
            await cases.DecideAssessmentAsync(new Ehcp.DecideAssessmentRequest { Id = id, Decision = Ehcp.AssessmentDecision.Assess, DecidedOn = "2026-11-04" });
        foreach (var id in assessed.Where(id => id != EhcCaseAssessing && id != EhcCaseAdvising))
            await cases.DecideToIssueAsync(new Ehcp.DecideToIssueRequest { Id = id, Decision = Ehcp.IssueDecision.Issue, DecidedOn = "2026-11-05" });
        foreach (var id in (string[])[EhcCaseToRead, EhcCaseWithDraft, .. inForce])
            await cases.IssueDraftPlanAsync(new Ehcp.IssuePlanRequest { Id = id, Plan = EhcPlan(urn: null), IssuedOn = "2026-11-06" });
        foreach (var id in inForce)
            await cases.IssueFinalPlanAsync(new Ehcp.IssuePlanRequest { Id = id, Plan = EhcPlan(CurrentSchool), IssuedOn = "2026-11-23" });
        await cases.RecordReviewAsync(new Ehcp.RecordReviewRequest { Id = EhcCaseAmending, MeetingOn = "2026-11-24", Decision = Ehcp.ReviewDecision.Amend, DecidedOn = "2026-11-25" });
        await cases.TransferPlanAsync(new Ehcp.TransferPlanRequest { Id = EhcCaseTransferred, ToLaCode = "202", TransferredOn = "2026-11-24" });
        await cases.DecideAssessmentAsync(new Ehcp.DecideAssessmentRequest
        {
            Id = EhcCaseRefused, Decision = Ehcp.AssessmentDecision.NotAssess, DecidedOn = "2026-11-04", Reason = "Needs met from the school's resources.",
        });
    }

    /// <summary>A complete plan for an autistic child at a mainstream school; a draft leaves the school's URN out.</summary>
    public static Standards.EhcPlan EhcPlan(string? urn) => Parse<Standards.EhcPlan>($$$"""
        {"aViewsInterestsAspirations":{"text":"Ada wants to be a vet."},"bSpecialEducationalNeeds":{"primaryNeedCode":"ASD"},
         "cHealthNeeds":{},"dSocialCareNeeds":{},"eOutcomes":{"outcomes":[{"id":"O1","description":"Join a lunchtime club by Easter"}]},
         "fSpecialEducationalProvision":{"items":[{"outcomeIds":["O1"],"what":"Social communication group","who":"Specialist teacher","howOften":"Twice weekly, 30 minutes","howLong":"Until the next review"}]},
         "gHealthProvision":{},"h1SocialCareProvisionCsdpa":{},"h2OtherSocialCareProvision":{},
         "iPlacement":{"provisionType":"MAINSTREAM","settingName":"Current school","urn":"{{{urn ?? ""}}}"},
         "jPersonalBudget":{},"kAdviceAndInformation":{"text":"Educational psychologist's advice"}}
        """);

    /// <summary>The current school asking LA 931 to assess a child on its roll.</summary>
    public Ehcp.RequestAssessmentRequest EhcRequest() => new()
    {
        LaCode = "931", Source = Ehcp.RequestSource.Setting, RequestingSettingUrn = CurrentSchool, ReceivedOn = "2026-11-02",
        Child = new Ehcp.Child { GivenName = "Ada", FamilyName = EhcChildFamilyName, DateOfBirth = EhcChildBirthDate, Sex = "F", Postcode = EhcChildPostcode, Upn = NewUpn() },
    };

    public static T Parse<T>(string json) where T : IMessage<T>, new() => JsonParser.Default.Parse<T>(json);

    public static Funding.CreateFrameworkRequest Framework(string year) =>
        Parse<Funding.CreateFrameworkRequest>($$"""{"financialYear":"{{year}}","content":{{FrameworkContent}}}""");

    public static Inclusion.Setting Setting(string urn, string provisionType, string laCode = "931") => new()
    {
        Urn = urn, Name = $"Setting {urn}", LaCode = laCode, ProvisionType = provisionType, Phase = Inclusion.Phase.AllThrough, AgeFrom = 4, AgeTo = 16,
        Latitude = 51.75, Longitude = -1.25, Places = { new Inclusion.NeedPlaces { NeedCode = "ASD", Places = 10 } },
    };

    public static Ap.CreateProviderRequest Provider(string urn) => new()
    {
        Urn = urn, Name = $"Provider {urn}", Kind = Ap.ProviderKind.PupilReferralUnit, LaCode = "931",
        Tiers = { Ap.ApTier.TimeLimited, Ap.ApTier.Transitional }, Capacity = 60, LastQualityAssuranceDate = "2026-06-15", QualityRating = Ap.QualityRating.Good,
    };

    /// <summary>£1m a year for time-limited places, three years from 2026-27.</summary>
    public static Ap.SetBudgetRequest Budget() => Parse<Ap.SetBudgetRequest>("""
        {"laCode":"931","firstFinancialYear":"2026-27","years":[
          {"financialYear":"2026-27","tiers":[{"tier":"AP_TIER_TIME_LIMITED","amountPence":"100000000"}]},
          {"financialYear":"2027-28","tiers":[{"tier":"AP_TIER_TIME_LIMITED","amountPence":"100000000"}]},
          {"financialYear":"2028-29","tiers":[{"tier":"AP_TIER_TIME_LIMITED","amountPence":"100000000"}]}]}
        """);

    public Ap.CommissionPlacesRequest Commission() => Parse<Ap.CommissionPlacesRequest>($$"""
        {"laCode":"931","providerId":"{{ProviderId}}","tier":"AP_TIER_TIME_LIMITED","places":10,"period":{"start":"2026-09-01","end":"2027-03-31"},
         "band":"B1","overrideReason":"access matrix"}
        """);

    public Ap.PlacePupilRequest Placement(string upn) => new()
    {
        CommissionId = CommissionId,
        Pupil = new Ap.PlacedPupil { Upn = upn, DateOfBirth = PlacedPupilBirthDate, SenProvision = "K", PrimaryNeed = "SEMH" },
        FullTime = true, StartDate = "2026-10-05", PlannedEndDate = "2026-12-18", HomeSchoolUrn = UnrelatedSchool,
    };

    public static Inclusion.SetPartnershipRequest Partnership() => Parse<Inclusion.SetPartnershipRequest>($$"""
        {"laCode":"931","members":[
          {"organisationId":"la-931","name":"Oxfordshire County Council","role":"PARTNER_ROLE_LOCAL_AUTHORITY"},
          {"organisationId":"icb-bob","name":"BOB Integrated Care Board","role":"PARTNER_ROLE_HEALTH"},
          {"organisationId":"pcf-oxon","name":"Oxfordshire Parent Carer Forum","role":"PARTNER_ROLE_PARENT_CARER_FORUM"},
          {"organisationId":"{{CurrentSchool}}","name":"Cherwell Academy Trust","role":"PARTNER_ROLE_SCHOOLS_AND_TRUSTS"}]}
        """);

    /// <summary>A 2026-2029 plan answering every standard of 2026.1, with enough places: nothing blocks its publication.</summary>
    public static Inclusion.CreatePlanRequest Plan() => Parse<Inclusion.CreatePlanRequest>("""
        {"laCode":"931","content":{"periodStartYear":2026,"periodEndYear":2029,"standardsVersion":"2026.1",
          "commitments":[
            {"standardCode":"IDN-01","actions":"Train SENCOs","owner":"Head of SEND","dueDate":"2027-03-31","status":"RAG_AMBER"},
            {"standardCode":"OAP-01","actions":"Publish the offer","owner":"Inclusion lead","dueDate":"2027-07-31","status":"RAG_GREEN"},
            {"standardCode":"AP-01","actions":"Commission AP","owner":"AP lead","dueDate":"2027-09-01","status":"RAG_AMBER"}],
          "sufficiency":[{"needCode":"ASD","provisionType":"STATE_SPECIAL","currentPlaces":120,"forecastDemand":[125,140,150],"plannedNewPlaces":[10,10,10]}],
          "apService":[
            {"tier":"AP_TIER_TARGETED_SUPPORT","places":[200,220,240]},
            {"tier":"AP_TIER_TIME_LIMITED","places":[60,60,60]},
            {"tier":"AP_TIER_TRANSITIONAL","places":[20,25,30]}]}}
        """);

    public static Inclusion.CreateTailoredListRequest TailoredListRequest() => new()
    {
        LaCode = "931", Age = 7, PrimaryNeed = "ASD", SenProvision = "E", Home = new Inclusion.Location { Latitude = HomeLatitude, Longitude = HomeLongitude }, MaxDistanceKm = 50,
    };

    public static Movements.RecordMovementRequest Movement(string upn, Movements.MovementType type, string date, string? from = null, string? to = null,
        string? ground = null, string? destination = null, int suspensionDays = 0) => new()
    {
        Upn = upn, Type = type, EffectiveDate = date, FromUrn = from ?? "", ToUrn = to ?? "", DeletionGround = ground ?? "", Destination = destination ?? "",
        SuspensionDays = suspensionDays, Pupil = Facts,
    };

    private static async Task Record(Movements.PupilMovements.PupilMovementsClient client, string upn, Movements.MovementType type, string date,
        string? from = null, string? to = null, string? ground = null, string? destination = null) =>
        await client.RecordMovementAsync(Movement(upn, type, date, from, to, ground, destination));

    /// <summary>pupil-movements decides authority from its copy of the register, fed by inclusion-plans' events: wait for it.</summary>
    private static Task WaitForRegisterAsync(ServiceFactory<MovementsApi> movements, params string[] urns) =>
        Eventually.Get(async () =>
        {
            using var scope = movements.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
            return await db.Settings.AsNoTracking().CountAsync(s => urns.Contains(s.Urn));
        }, held => held == urns.Length, "pupil-movements' copy of the settings register");

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var service in _running) await service.DisposeAsync();
        Telemetry.Dispose();
    }
}
