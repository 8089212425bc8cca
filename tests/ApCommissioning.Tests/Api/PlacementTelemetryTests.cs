using System.Net;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

/// <summary>
/// An AP placement's whole life (placed, read, ended, outcomes, into and out of AP in pupil-movements), then a search
/// of everything ap-commissioning, funding-bands, national-standards and pupil-movements would export for the pupil's
/// UPN and date of birth.
/// </summary>
public sealed class PlacementTelemetryTests(ApWithFundingService service) : IClassFixture<ApWithFundingService>
{
    private const string DateOfBirth = "2011-07-09";

    [Fact]
    public async Task No_UPN_or_date_of_birth_of_a_placed_pupil_leaves_any_of_the_services_in_telemetry()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("931"));
        var upn = PlacementCalls.Upn(901);
        var commission = await la.CommissionAsync(await la.ProviderAsync("180001"), 2, "931");
        var request = PlacementCalls.TimeLimited(commission, upn);
        request["pupil"] = new { upn, dateOfBirth = DateOfBirth, senProvision = "K", primaryNeed = "SEMH" };
        var (status, placement) = await la.PostJsonAsync("/v1/ap/placements", request);
        Assert.Equal(HttpStatusCode.OK, status);
        var id = placement.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await la.GetJsonAsync($"/v1/ap/placements/{id}")).Status);
        var provider = service.Factory.RestAs(new TestOrganisation("ap_provider", "180001"));
        Assert.Equal(HttpStatusCode.OK, (await provider.PostJsonAsync($"/v1/ap/placements/{id}/outcomes", new
        {
            schoolYear = "2026-27", term = "TERM_AUTUMN", attendanceBeforePercent = "61.0", attendanceDuringPercent = "80.5", englishProgressSteps = 1, mathsProgressSteps = 1,
        })).Status);
        Assert.Equal(HttpStatusCode.OK, (await la.PostJsonAsync($"/v1/ap/placements/{id}:end", new { endDate = "2026-12-18", outcome = "PLACEMENT_OUTCOME_RETURNED_TO_HOME_SCHOOL" })).Status);
        var movements = service.Movements.RestAs(TestOrganisation.La("931"));
        await Eventually.Get(async () => (await movements.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Body,
            t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty("movements", out var moves) && moves.GetArrayLength() == 2, "the into- and out-of-AP movements");

        await Task.Delay(1500);
        Assert.Contains(service.Telemetry.Exported, l => l.Contains("/v1/ap/placements/{id}"));
        string[] secrets = [upn, DateOfBirth];
        var leaks = service.Telemetry.Exported.Where(line => secrets.Any(s => line.Contains(s, StringComparison.OrdinalIgnoreCase))).Distinct().ToList();
        Assert.True(leaks.Count == 0, "A child's identifier left in telemetry:\n" + string.Join("\n", leaks));
    }
}
