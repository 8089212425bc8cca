using SendPlatform.PupilMovements.Api;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>The service with its sweep every second, as a deployment runs it (hourly by default) on the real clock.</summary>
public sealed class ScheduledOversightService() : ServiceUnderTest<MovementsApi>("movementsdb")
{
    protected override Task ConfigureAsync(ServiceFactory<MovementsApi> factory, PlatformInfrastructure infrastructure)
    {
        factory.Settings["Oversight:SweepInterval"] = "00:00:01";
        return Task.CompletedTask;
    }
}

public sealed class OversightScheduleTests(ScheduledOversightService service) : IClassFixture<ScheduledOversightService>
{
    [Fact]
    public async Task The_scheduled_sweep_raises_a_missing_education_alert_without_anyone_asking()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("931"));
        var upn = Pupils.Upn(serial: 3001);
        var since = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30);
        await la.RecordAsync(MovementCalls.Movement(upn, "MISSING_EDUCATION", date: $"{since:yyyy-MM-dd}"));
        var types = await Eventually.Get(async () => (await la.AlertsAboutAsync("931", upn)).Types(), t => t.Contains("MISSING_EDUCATION"), "the scheduled sweep");
        Assert.Single(types, "MISSING_EDUCATION");
    }
}
