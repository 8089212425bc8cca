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
        var reason = await StartUpRefusal.ReasonAsync<MovementsApi>("movementsdb", new Dictionary<string, string> { ["Oversight:ScheduleEnabled"] = "false", [setting] = value });
        Assert.StartsWith(named, reason);
    }
}
