using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// Messaging settings that would never act stop the service at start-up rather than leaving it running without the
/// safety they promise: an outbox that never dispatches (no worker, empty batches) or swamps the database, a watchdog
/// that never looks or restarts the bus before a single look could have seen the consumers back.
/// </summary>
public sealed class MessagingSettingsTests
{
    [Theory]
    [InlineData("Outbox:Workers", "0", "Outbox:")]
    [InlineData("Outbox:Workers", "17", "Outbox:")]
    [InlineData("Outbox:BatchSize", "0", "Outbox:")]
    [InlineData("Outbox:BatchSize", "10001", "Outbox:")]
    [InlineData("Messaging:Watchdog:Interval", "00:00:00", "Messaging:Watchdog:")]
    [InlineData("Messaging:Watchdog:Grace", "00:00:01", "Messaging:Watchdog:")]
    public async Task A_messaging_setting_out_of_range_stops_the_service(string setting, string value, string named)
    {
        var reason = await StartUpRefusal.ReasonAsync<StandardsSetsApi>("standardsdb", new Dictionary<string, string> { [setting] = value });
        Assert.StartsWith(named, reason);
    }
}
