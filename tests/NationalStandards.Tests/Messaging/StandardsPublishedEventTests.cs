using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Api;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.NationalStandards.Tests.Builders;
using SendPlatform.TestKit.Servers;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

public sealed class StandardsPublishedEventTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private static StandardsDbContext Database(string connectionString) =>
        new(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(connectionString).Options);

    private static async Task<List<(Guid MessageId, System.Text.Json.JsonElement Message)>> ReceivedAfterSettling(BrokerObserver observer, int atLeast)
    {
        await Eventually.Get(() => Task.FromResult(observer.Received.Count), n => n >= atLeast, "StandardsPublished on the broker");
        await Task.Delay(Settle);
        return observer.Received.ToList();
    }

    [Fact]
    public async Task Publishing_a_set_puts_exactly_one_StandardsPublished_on_the_broker()
    {
        var service = new StandardsService();
        await service.InitializeAsync();
        try
        {
            await using var observer = await BrokerObserver.StartAsync<StandardsPublished>(service.MessagingConnectionString);
            var dfe = service.Factory.RestAs(TestOrganisation.Dfe);
            await dfe.CreateSetAsync("2045.1", new ContentBuilder().Build());
            await dfe.PublishSetAsync("2045.1");

            var (messageId, message) = Assert.Single(await ReceivedAfterSettling(observer, 1));
            Assert.Equal("2045.1", message.GetProperty("version").GetString());
            await using var db = Database(service.Factory.DatabaseConnectionString);
            var row = await db.OutboxMessages.SingleAsync();
            Assert.Equal(row.Id, messageId);
            Assert.NotNull(row.DispatchedAt);
        }
        finally
        {
            await service.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_event_committed_while_the_broker_was_unreachable_is_delivered_once_after_the_service_restarts()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        var unreachable = $"amqp://guest:guest@127.0.0.1:{FreePort.Next()}/";

        var first = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", unreachable)
        {
            Settings = { ["Outbox:PublishTimeout"] = "00:00:01" },
        };
        var dfe = first.RestAs(TestOrganisation.Dfe);
        await dfe.CreateSetAsync("2046.1", new ContentBuilder().Build());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await dfe.PublishSetAsync("2046.1")).Status);
        await using (var db = Database(first.DatabaseConnectionString))
        {
            var pending = await Eventually.Get(() => db.OutboxMessages.AsNoTracking().SingleAsync(), m => m.Attempts >= 1, "a failed publish attempt");
            Assert.Null(pending.DispatchedAt);
            Assert.NotNull(pending.LastError);
            Assert.True(pending.NextAttemptAt > pending.OccurredAt, "a failed attempt is retried later, not at once");
        }
        var health = await first.CreateClient().GetAsync("/health");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        await first.DisposeAsync();

        await using var observer = await BrokerObserver.StartAsync<StandardsPublished>(vhost);
        await using var restarted = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost) { DatabaseName = first.DatabaseName };
        restarted.StartServer();

        var (messageId, message) = Assert.Single(await ReceivedAfterSettling(observer, 1));
        Assert.Equal("2046.1", message.GetProperty("version").GetString());
        await using var after = Database(restarted.DatabaseConnectionString);
        var row = await after.OutboxMessages.SingleAsync();
        Assert.Equal(row.Id, messageId);
        Assert.NotNull(row.DispatchedAt);
    }
}
