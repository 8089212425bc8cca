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
        var reason = await StartUpRefusal.ReasonAsync<StandardsSetsApi>("standardsdb", new Dictionary<string, string> { [setting] = value });
        Assert.StartsWith("Retention:", reason);
    }
}
