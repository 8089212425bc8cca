using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.FundingBands.Api;
using SendPlatform.FundingBands.Data;
using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>
/// A replica that never hears TariffScheduleChanged (here: on a broker virtual host of its own) still prices with a
/// newly published framework within its stamp-check interval (1 s here, 30 s by default).
/// </summary>
public sealed class FrameworkStalenessTests(FundingService service) : IClassFixture<FundingService>
{
    [Fact]
    public async Task A_replica_that_missed_the_notice_loads_the_new_framework_at_its_next_stamp_check()
    {
        var infrastructure = service.Factory.Infrastructure;
        var deafVhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        await using var deaf = new ServiceFactory<FrameworksApi>(infrastructure, "fundingdb", deafVhost) { DatabaseName = service.Factory.DatabaseName };
        deaf.Settings["Frameworks:StampCheckInterval"] = "00:00:01";
        deaf.StartServer();
        var store = deaf.Services.GetRequiredService<PublishedFrameworkStore>();
        Assert.Null((await store.GetAsync(CancellationToken.None)).InForce(new FinancialYear(2033)));

        var dfe = service.Factory.RestAs(TestOrganisation.Dfe);
        Assert.Equal(HttpStatusCode.OK, (await dfe.CreateFrameworkAsync("2033-34")).Status);
        Assert.Equal(HttpStatusCode.OK, (await dfe.PublishFrameworkAsync("2033-34.v1")).Status);

        var inForce = await Eventually.Get(async () => (await store.GetAsync(CancellationToken.None)).InForce(new FinancialYear(2033)),
            framework => framework is not null, "the deaf replica to load 2033-34", TimeSpan.FromSeconds(20));
        Assert.Equal("2033-34.v1", inForce!.Id);
    }
}
