using System.Net;
using SendPlatform.ApCommissioning.Api;
using SendPlatform.FundingBands.Api;
using SendPlatform.NationalStandards.Api;
using SendPlatform.PupilMovements.Api;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

/// <summary>
/// ap-commissioning pricing through a real funding-bands (on a real socket), which checks provision types with a real
/// national-standards: the chain a commission goes through in production. Funding frameworks for 2026-27 and 2027-28
/// are published with AP place funding at docs/domain.md's £10,000 and an AP top-up of £8,000 a year in band B1.
/// pupil-movements runs on the same broker, consuming the placement events as it does in production.
/// </summary>
public sealed class ApWithFundingService() : ServiceUnderTest<ProvidersApi>("apdb")
{
    private ServiceFactory<StandardsSetsApi> _standards = null!;
    private ServiceFactory<FrameworksApi> _funding = null!;

    public ServiceFactory<MovementsApi> Movements { get; private set; } = null!;

    /// <summary>What all four services would export, for the tests that search it for a child's identifiers.</summary>
    public TelemetryCapture Telemetry { get; } = new();

    public const string Framework = """
        {"bands":[{"code":"B1","name":"Band 1","ordinal":1}],
         "tariffs":[{"bandCode":"B1","provisionType":"AP","annualTopUpPence":"800000"}]}
        """;

    protected override async Task ConfigureAsync(ServiceFactory<ProvidersApi> factory, PlatformInfrastructure infrastructure)
    {
        factory.MoreServices = Telemetry.AddTo;
        _standards = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", MessagingConnectionString) { MoreServices = Telemetry.AddTo };
        _funding = new ServiceFactory<FrameworksApi>(infrastructure, "fundingdb", MessagingConnectionString) { MoreServices = Telemetry.AddTo };
        _funding.Settings["services:national-standards:http:0"] = _standards.StartOnSocket();
        factory.Settings["services:funding-bands:http:0"] = _funding.StartOnSocket();
        Movements = new ServiceFactory<MovementsApi>(infrastructure, "movementsdb", MessagingConnectionString) { MoreServices = Telemetry.AddTo };
        Movements.Settings["Oversight:ScheduleEnabled"] = "false";
        Movements.StartServer();

        foreach (var year in new[] { "2026-27", "2027-28" }) await PublishFrameworkAsync(year, Framework, $"ap-{year}");
    }

    /// <summary>Publishes a funding framework for the year as DfE, through funding-bands' own API; returns its id.</summary>
    public async Task<string> PublishFrameworkAsync(string year, string content, string idempotencyKey, string effectiveFrom = "")
    {
        var dfe = _funding.RestAs(TestOrganisation.Dfe);
        dfe.DefaultRequestVersion = HttpVersion.Version20;
        dfe.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        var (status, draft) = await dfe.SendAsync(HttpMethod.Post, "/v1/funding/frameworks",
            $$"""{"financialYear":"{{year}}","idempotencyKey":"{{idempotencyKey}}","effectiveFrom":"{{effectiveFrom}}","content":{{content}}}""");
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"framework {year}: {status} {draft}");
        var id = draft.GetProperty("id").GetString()!;
        if (draft.GetProperty("status").GetString() == "FRAMEWORK_STATUS_DRAFT")
        {
            (status, var published) = await dfe.SendAsync(HttpMethod.Post, $"/v1/funding/frameworks/{id}:publish", "{}");
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"publish {year}: {status} {published}");
        }
        return id;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Movements.DisposeAsync();
        await _funding.DisposeAsync();
        await _standards.DisposeAsync();
        Telemetry.Dispose();
    }
}
