using System.Net;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// Without its database a service cannot answer, so it is not ready (503) until the database is back. Stops the
/// assembly's shared PostgreSQL, so it runs alone (the broker-outage collection).
/// </summary>
[Collection(nameof(BrokerDownTests))]
public sealed class DatabaseDownTests(StandardsService service) : IClassFixture<StandardsService>
{
    private async Task<(HttpStatusCode Status, string Body)> HealthAsync()
    {
        using var response = await service.Factory.CreateClient().GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_database_stopped_the_service_is_not_ready_and_is_ready_again_when_it_returns()
    {
        await Eventually.Get(HealthAsync, h => h == (HttpStatusCode.OK, "Healthy"), "Healthy before the outage", TimeSpan.FromSeconds(60));
        var database = service.Factory.Infrastructure.Postgres;
        await database.StopAsync();
        try
        {
            await Eventually.Get(HealthAsync, h => h == (HttpStatusCode.ServiceUnavailable, "Unhealthy"), "not ready without the database",
                TimeSpan.FromSeconds(60));
        }
        finally
        {
            await database.StartAsync(CancellationToken.None);
        }
        await Eventually.Get(HealthAsync, h => h.Status == HttpStatusCode.OK, "ready again", TimeSpan.FromSeconds(90));
    }
}
