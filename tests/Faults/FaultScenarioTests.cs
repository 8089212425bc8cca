using System.Net;
using System.Text.Json;
using RabbitMQ.Client;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;
using SendPlatform.TestKit;
using Xunit.Abstractions;

namespace SendPlatform.Faults.Tests;

/// <summary>
/// Scenarios 3 and 6 of the fault table against the real platform: a server killed (SIGKILL) and started
/// again, or a poison event, while writes go on through the gateway; each prints what it counted (bench/RESULTS.md).
/// </summary>
public sealed class FaultScenarioTests(FaultyPlatform platform, ITestOutputHelper output) : IClassFixture<FaultyPlatform>
{
    /// <summary>FAULTS_MOVEMENTS sizes the bursts: 2,000 here (scenario 3 writes a tenth), bench/faults.sh 10,000.</summary>
    private static readonly int Movements = int.TryParse(Environment.GetEnvironmentVariable("FAULTS_MOVEMENTS"), out var n) ? n : 2000;

    private Task<HttpClient> SchoolInAreaAsync(string urn) => Schools.InAreaAsync(platform, urn);

    [Fact]
    public async Task Scenario_3_Redis_killed_every_read_and_write_still_succeeds()
    {
        const string school = "140603";
        var la = await SchoolInAreaAsync(school);
        await platform.KillAsync("cache", FaultyPlatform.RedisProcess);
        try
        {
            var burst = new MovementBurst(la, school, run: 3);
            var batches = Math.Max(1, Movements / 10 / MovementBurst.BatchSize);
            for (var b = 0; b < batches; b++) await burst.SendBatchAsync(b);
            Assert.Equal(batches * MovementBurst.BatchSize, burst.Acknowledged);
            Assert.Equal(0, burst.Resent);
            Assert.Equal(HttpStatusCode.OK, (await la.GetAsync("/v1/reference/local-authorities/931")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await la.GetAsync($"/v1/pupils/{MovementBurst.UpnOf(3, 0)}/timeline")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await la.GetAsync("/v1/local-authorities/931/settings?provisionType=MAINSTREAM")).StatusCode);
            output.WriteLine($"scenario 3 | writes {burst.Written} | acknowledged {burst.Acknowledged} | resent batches {burst.Resent} | reads 3 of 3 answered with Redis down");
        }
        finally
        {
            await platform.StartAsync("cache");
        }
    }

    /// <summary>An integration event as MassTransit puts it on the broker, published straight to the event's exchange.</summary>
    private static async Task PublishAsync(IChannel channel, string eventType, object message)
    {
        var envelope = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = Guid.NewGuid(), messageType = new[] { $"urn:message:SendPlatform.Contracts.IntegrationEvents:{eventType}" }, message,
        });
        await channel.BasicPublishAsync($"SendPlatform.Contracts.IntegrationEvents:{eventType}", "", mandatory: false,
            new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true }, envelope);
    }

    [Fact]
    public async Task Scenario_6_a_poison_event_is_parked_counted_and_replayable_while_the_rest_flow()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(FaultyPlatform.Amqp) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // A URN of 7 digits breaks pupil-movements' register (6 at most): not transient, so poison at once.
        await PublishAsync(channel, "SettingRegistered", new { eventId = Guid.NewGuid(), occurredAt = DateTimeOffset.UtcNow, urn = "1406999", laCode = "931",
            provisionType = "MAINSTREAM", updatedAt = DateTimeOffset.UtcNow });
        // The next school's registration flows past it: pupil-movements accepts an admission there.
        await SchoolInAreaAsync("140606");

        var errors = new ErrorQueue(connection, "pupil-movements-setting-registered");
        Assert.Equal(1u, await Eventually.Get(() => errors.CountAsync(), count => count == 1, "the poison event parked", TimeSpan.FromMinutes(1)));
        var health = await Eventually.Get(() => platform.HealthOfAsync("pupil-movements"), h => h == "Degraded", "pupil-movements Degraded while poison waits",
            TimeSpan.FromMinutes(1));
        var parked = Assert.Single(await errors.ListAsync(10));
        Assert.Contains("PostgresException", parked.ExceptionType);

        // Replayed before any fix, it fails the same way and is parked again: nothing is lost either way.
        Assert.Equal(1, await errors.ReplayAsync());
        await Eventually.Get(() => errors.CountAsync(), count => count == 1, "the replayed event parked again", TimeSpan.FromMinutes(1));
        output.WriteLine($"scenario 6 | poison 1 | parked 1 | health {health} | replayed 1 | parked again 1 | the next registration flowed past it");
    }
}
