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
        var reason = await StartUpRefusal.ReasonAsync<FrameworksApi>("fundingdb", new Dictionary<string, string> { ["Frameworks:StampCheckInterval"] = interval });
        Assert.Contains("Frameworks:StampCheckInterval", reason);
    }
}
