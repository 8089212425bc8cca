using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class OverdueTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    private async Task SweepTwiceAsync()
    {
        var sweep = service.Factory.Services.GetRequiredService<OverdueSweep>();
        await sweep.RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        await sweep.RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);
    }

    [Fact]
    public async Task A_step_past_its_due_day_raises_one_alert_to_the_LA_and_the_next_step_its_own_when_it_falls_due()
    {
        await using var observer = await BrokerObserver.StartAsync<EhcStepOverdue>(service.MessagingConnectionString);
        var late = (await _la.RequestAsync(ParentRequest(daysAgo: 150))).Id();
        var onTime = (await _la.RequestAsync(ParentRequest(daysAgo: 10))).Id();
        List<System.Text.Json.JsonElement> AlertsFor(string id) => [.. observer.Received.Where(r => r.Message.GetProperty("caseId").GetString() == id).Select(r => r.Message)];

        await SweepTwiceAsync();
        var first = await Eventually.Get(() => Task.FromResult(AlertsFor(late)), l => l.Count == 1, "the alert for the late decision");
        Assert.Equal(("931", "decision whether to assess", "SEND Regulations 2014 reg 5(3)", Iso(Today.AddDays(-150 + 42))), (first[0].GetProperty("laCode").GetString(),
            first[0].GetProperty("step").GetString(), first[0].GetProperty("authority").GetString(), first[0].GetProperty("dueOn").GetString()));

        // The decision, made late, moves the clock on to the final plan, due 140 days from the request: 10 days ago, so alerted once too.
        await _la.DecideAsync(late, "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-100));
        await SweepTwiceAsync();
        var both = await Eventually.Get(() => Task.FromResult(AlertsFor(late)), l => l.Count == 2, "the alert for the late plan");
        Assert.Equal(["decision whether to assess", "final EHC plan"], both.Select(a => a.GetProperty("step").GetString()).Order(StringComparer.Ordinal));

        await Task.Delay(1000);
        Assert.Equal(2, AlertsFor(late).Count);
        Assert.Empty(AlertsFor(onTime));
    }
}
