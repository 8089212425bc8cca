using System.Net;
using Npgsql;
using SendPlatform.TestKit;
using StackExchange.Redis;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>Price calls read the frameworks held in memory: they answer even while the service's database refuses connections.</summary>
public sealed class PricingWithoutDatabaseTests(FundingService service) : IClassFixture<FundingService>
{
    [Fact]
    public async Task Prices_are_served_with_the_database_unreachable_and_the_published_set_sits_in_Redis_under_its_stamp()
    {
        var dfe = service.Factory.RestAs(TestOrganisation.Dfe);
        await dfe.CreateFrameworkAsync("2026-27");
        await dfe.PublishFrameworkAsync("2026-27.v1");
        var la = service.Factory.RestAs(TestOrganisation.La("202"));
        var placement = new { laCode = "202", provisionType = "STATE_SPECIAL", band = "B1", startDate = "2026-04-01", endDate = "2027-03-31" };
        var (_, before) = await la.PricePlacementAsync(placement);

        await using (var redis = await ConnectionMultiplexer.ConnectAsync(service.Factory.Infrastructure.Redis.ConnectionString))
        {
            var keys = redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: $"{service.Factory.DatabaseName}:frameworks:published:*").ToList();
            Assert.Single(keys);
        }

        var admin = service.Factory.Infrastructure.Postgres.ConnectionString("postgres");
        await SetConnectionsAllowedAsync(admin, false);
        try
        {
            NpgsqlConnection.ClearAllPools();
            var (status, during) = await la.PricePlacementAsync(placement);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(before.GetProperty("totalPence").GetString(), during.GetProperty("totalPence").GetString());
            Assert.Equal("1263600", during.GetProperty("totalPence").GetString());
        }
        finally
        {
            await SetConnectionsAllowedAsync(admin, true);
        }
    }

    private async Task SetConnectionsAllowedAsync(string adminConnectionString, bool allowed)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        var database = service.Factory.DatabaseName;
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", connection))
            await alter.ExecuteNonQueryAsync();
        if (allowed) return;
        await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @db", connection);
        terminate.Parameters.AddWithValue("db", database);
        await terminate.ExecuteNonQueryAsync();
    }
}
