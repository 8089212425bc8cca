using System.Net;
using SendPlatform.EhcAssessments.Api;
using SendPlatform.FundingBands.Api;
using SendPlatform.NationalStandards.Api;
using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.TestKit;

namespace SendPlatform.EhcAssessments.Tests.Api;

/// <summary>
/// ehc-assessments with a real national-standards on a real socket, whose template checker every plan goes through,
/// with standards 2026.1 in force (mainstream and state special schools meet autism); and a real funding-bands, which
/// prices a plan's band, with a framework published for the financial years a year either side of today's: band B1 in
/// mainstream at £6,000 a year, and LA 931's area cost adjustment 1.0432.
/// </summary>
public sealed class EhcService() : ServiceUnderTest<CasesApi>("ehcdb")
{
    private ServiceFactory<StandardsSetsApi> _standards = null!;
    private ServiceFactory<FrameworksApi> _funding = null!;

    public const string Framework = """
        {"bands":[{"code":"B1","name":"Band 1","ordinal":1}],
         "tariffs":[{"bandCode":"B1","provisionType":"MAINSTREAM","annualTopUpPence":"600000"}],
         "areaCostAdjustments":[{"laCode":"931","factor":"1.0432"}]}
        """;

    protected override async Task ConfigureAsync(ServiceFactory<CasesApi> factory, PlatformInfrastructure infrastructure)
    {
        _standards = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", MessagingConnectionString);
        var standardsAddress = _standards.StartOnSocket();
        factory.Settings["services:national-standards:http:0"] = standardsAddress;
        _funding = new ServiceFactory<FrameworksApi>(infrastructure, "fundingdb", MessagingConnectionString);
        _funding.Settings["services:national-standards:http:0"] = standardsAddress;
        factory.Settings["services:funding-bands:http:0"] = _funding.StartOnSocket();
        // The tests run the overdue sweep themselves, at the instants they choose.
        factory.Settings["Overdue:ScheduleEnabled"] = "false";

        var dfe = _standards.RestAs(TestOrganisation.Dfe);
        dfe.DefaultRequestVersion = HttpVersion.Version20;
        dfe.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        var (status, body) = await dfe.SendAsync(HttpMethod.Post, "/v1/standards/sets", StandardsSetJson.Publishable("2026.1", "IDN-01"));
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"standards: {status} {body}");
        (status, body) = await dfe.SendAsync(HttpMethod.Post, "/v1/standards/sets/2026.1:publish", "{}");
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"publish: {status} {body}");

        var funding = _funding.RestAs(TestOrganisation.Dfe);
        funding.DefaultRequestVersion = HttpVersion.Version20;
        funding.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        var thisYear = FinancialYear.Containing(CaseCalls.Today);
        foreach (var year in new[] { new FinancialYear(thisYear.StartYear - 1), thisYear, thisYear.Next })
        {
            (status, body) = await funding.SendAsync(HttpMethod.Post, "/v1/funding/frameworks",
                $$"""{"financialYear":"{{year}}","idempotencyKey":"ehc-{{year}}","content":{{Framework}}}""");
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"framework {year}: {status} {body}");
            (status, body) = await funding.SendAsync(HttpMethod.Post, $"/v1/funding/frameworks/{body.GetProperty("id").GetString()}:publish", "{}");
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"publish {year}: {status} {body}");
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _funding.DisposeAsync();
        await _standards.DisposeAsync();
    }
}
