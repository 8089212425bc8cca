using System.Net;
using SendPlatform.NationalStandards.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

[CollectionDefinition(nameof(RedisDownTests), DisableParallelization = true)]
public sealed class RedisOutage;

/// <summary>Redis is a cache, never the only copy: with it stopped the service answers from its database and stays healthy (degraded).</summary>
[Collection(nameof(RedisDownTests))]
public sealed class RedisDownTests(StandardsService service) : IClassFixture<StandardsService>
{
    [Fact]
    public async Task With_Redis_stopped_reads_and_writes_still_work_and_health_is_degraded_not_failed()
    {
        var dfe = service.Factory.RestAs(TestOrganisation.Dfe);
        var redis = service.Factory.Infrastructure.Redis;
        await redis.StopAsync();
        try
        {
            var (status, body) = await dfe.GetJsonAsync("/v1/reference/local-authorities/931");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Oxfordshire", body.GetProperty("name").GetString());

            Assert.Equal(HttpStatusCode.OK, (await dfe.CreateSetAsync("2048.1", new ContentBuilder().Build())).Status);
            Assert.Equal(HttpStatusCode.OK, (await dfe.PublishSetAsync("2048.1")).Status);
            var (_, current) = await dfe.GetJsonAsync("/v1/standards/current");
            Assert.Equal("2048.1", current.GetProperty("version").GetString());

            var health = await service.Factory.CreateClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
        }
        finally
        {
            await redis.StartAsync(CancellationToken.None);
        }
        var (afterStatus, _) = await dfe.GetJsonAsync("/v1/standards/current");
        Assert.Equal(HttpStatusCode.OK, afterStatus);
    }
}
