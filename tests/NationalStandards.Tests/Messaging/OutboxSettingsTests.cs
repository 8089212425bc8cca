using Microsoft.Extensions.Options;
using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>Outbox settings that would never dispatch (no worker, empty batches) or swamp the database stop the service at start-up.</summary>
public sealed class OutboxSettingsTests
{
    [Theory]
    [InlineData("Outbox:Workers", "0")]
    [InlineData("Outbox:Workers", "17")]
    [InlineData("Outbox:BatchSize", "0")]
    [InlineData("Outbox:BatchSize", "10001")]
    public async Task An_outbox_setting_out_of_range_stops_the_service(string setting, string value)
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        await using var factory = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost);
        factory.Settings[setting] = value;
        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.StartsWith("Outbox:", refused.Message);
    }
}
