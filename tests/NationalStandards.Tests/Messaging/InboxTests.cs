using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>The inbox: an event delivered twice (a re-publish after a dispatcher crash keeps its id) is handled once.</summary>
public sealed class InboxTests(StandardsService service) : IClassFixture<StandardsService>
{
    private static int _handled;

    public sealed class CountingConsumer(StandardsDbContext db) : IdempotentConsumer<StandardsPublished, StandardsDbContext>(db)
    {
        protected override Task HandleAsync(StandardsPublished integrationEvent, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _handled);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task An_event_delivered_twice_is_handled_once_and_recorded_once()
    {
        await using var provider = new ServiceCollection()
            .AddDbContext<StandardsDbContext>(o => o.UseNpgsql(service.Factory.DatabaseConnectionString))
            .AddMassTransitTestHarness(bus => bus.AddConsumer<CountingConsumer>())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        var published = new StandardsPublished("2047.1", null, DateTimeOffset.UtcNow);
        await harness.Bus.Publish(published);
        await harness.Bus.Publish(published);
        var consumer = harness.GetConsumerHarness<CountingConsumer>();
        await Eventually.Get(() => Task.FromResult(consumer.Consumed.Select<StandardsPublished>().Count()), n => n == 2, "both deliveries consumed");

        Assert.Equal(1, _handled);
        await using var db = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        var inbox = await db.InboxMessages.SingleAsync();
        Assert.Equal((published.EventId, nameof(CountingConsumer)), (inbox.MessageId, inbox.Consumer));
    }
}
