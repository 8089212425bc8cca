using Microsoft.Extensions.Options;
using SendPlatform.PupilMovements.Api;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>Thresholds out of range stop the service at start-up, naming the setting, rather than running on nonsense.</summary>
public sealed class OversightSettingsTests
{
    [Theory]
    [InlineData("Oversight:Thresholds:MissingEducationSchoolDays", "0", "Oversight:Thresholds")]
    [InlineData("Oversight:Thresholds:AdmissionNotificationSchoolDays", "61", "Oversight:Thresholds")]
    [InlineData("Oversight:OffRolling:WindowMonths", "37", "Oversight:OffRolling")]
    [InlineData("Oversight:OffRolling:MinimumCount", "0", "Oversight:OffRolling")]
    public async Task A_threshold_out_of_range_stops_the_service_at_start_up(string setting, string value, string named)
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        await using var factory = new ServiceFactory<MovementsApi>(infrastructure, "movementsdb", vhost);
        factory.Settings["Oversight:ScheduleEnabled"] = "false";
        factory.Settings[setting] = value;
        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.StartsWith(named, refused.Message);
    }
}
