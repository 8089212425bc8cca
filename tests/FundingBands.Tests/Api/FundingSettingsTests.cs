using Microsoft.Extensions.Options;
using SendPlatform.FundingBands.Api;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>A stamp check interval outside the promised staleness stops the service at start-up, naming the setting.</summary>
public sealed class FundingSettingsTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:01:01")]
    public async Task A_stamp_check_interval_outside_zero_to_a_minute_stops_the_service(string interval)
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        await using var factory = new ServiceFactory<FrameworksApi>(infrastructure, "fundingdb", vhost);
        factory.Settings["Frameworks:StampCheckInterval"] = interval;
        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Frameworks:StampCheckInterval", refused.Message);
    }
}
