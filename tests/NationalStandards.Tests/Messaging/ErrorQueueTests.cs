using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>A message whose handler keeps failing is retried, then parked in the consumer's _error queue: never dropped.</summary>
public sealed class ErrorQueueTests(StandardsService service) : IClassFixture<StandardsService>
{
    public sealed class AlwaysFailingConsumer(StandardsDbContext db) : IdempotentConsumer<StandardsPublished, StandardsDbContext>(db)
    {
        protected override Task HandleAsync(StandardsPublished integrationEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the handler failed");
    }

    [Fact]
    public async Task A_message_that_keeps_failing_lands_in_the_error_queue_and_its_inbox_claim_is_rolled_back()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = service.Factory.DatabaseConnectionString,
            ["ConnectionStrings:messaging"] = service.MessagingConnectionString,
        });
        builder.AddServiceDatabase<StandardsDbContext>("testdb");
        builder.AddServiceMessaging<StandardsDbContext>("error-test", bus => bus.AddConsumer<AlwaysFailingConsumer>());
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var bus = host.Services.GetRequiredService<IBusControl>();
            Assert.Equal(BusHealthStatus.Healthy, await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30)));
            var published = new StandardsPublished("2051.1", null, DateTimeOffset.UtcNow);
            await bus.Publish(published);
            var errorQueue = new KebabCaseEndpointNameFormatter("error-test", false).Consumer<AlwaysFailingConsumer>() + "_error";

            await using var connection = await new ConnectionFactory { Uri = new Uri(service.MessagingConnectionString) }.CreateConnectionAsync();
            var parked = await Eventually.Get(async () =>
            {
                // A passive declare of a queue that does not exist yet closes its channel, so each probe opens one.
                await using var channel = await connection.CreateChannelAsync();
                try { return (await channel.QueueDeclarePassiveAsync(errorQueue)).MessageCount; }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { return 0u; }
            }, n => n == 1, "the message in the _error queue", TimeSpan.FromSeconds(90));
            Assert.Equal(1u, parked);

            await using var db = host.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<StandardsDbContext>();
            Assert.False(db.InboxMessages.Any(m => m.MessageId == published.EventId), "a failed handling must not mark the event handled");
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
