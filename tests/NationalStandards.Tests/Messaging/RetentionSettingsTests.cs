using Microsoft.Extensions.Options;
using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>Retention settings that would purge too soon (or never run) stop the service at start-up, naming the section.</summary>
public sealed class RetentionSettingsTests
{
    [Theory]
    [InlineData("Retention:Interval", "00:00:00")]
    [InlineData("Retention:DispatchedOutbox", "12:00:00")]
    [InlineData("Retention:Inbox", "00:30:00")]
    public async Task A_retention_setting_out_of_range_stops_the_service(string setting, string value)
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        await using var factory = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost);
        factory.Settings[setting] = value;
        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.StartsWith("Retention:", refused.Message);
    }
}
