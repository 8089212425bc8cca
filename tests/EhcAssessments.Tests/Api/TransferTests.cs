using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class TransferTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _sending = service.Factory.RestAs(TestOrganisation.La("931"));
    private readonly HttpClient _receiving = service.Factory.RestAs(TestOrganisation.La("886"));

    [Fact]
    public async Task A_plan_moves_to_the_familys_new_LA_which_alone_then_runs_the_case_and_decides_whether_to_reassess()
    {
        await using var observer = await BrokerObserver.StartAsync<EhcPlanTransferred>(service.MessagingConnectionString);
        var id = await _sending.DraftingCaseAsync(receivedDaysAgo: 200, assessedDaysAgo: 150);
        await _sending.DraftAsync(id, Today.AddDays(-140));
        await _sending.FinalAsync(id, Today.AddDays(-100));

        Assert.Equal(HttpStatusCode.Forbidden, (await _receiving.PostJsonAsync($"/v1/ehc/cases/{id}:transfer", new { toLaCode = "886", transferredOn = Iso(Today) })).Status);
        var (status, error) = await _sending.PostJsonAsync($"/v1/ehc/cases/{id}:transfer", new { toLaCode = "999", transferredOn = Iso(Today.AddDays(1)) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["to_la_code", "transferred_on"], error.ViolatedFields().Order(StringComparer.Ordinal));

        (status, var moved) = await _sending.PostJsonAsync($"/v1/ehc/cases/{id}:transfer", new { toLaCode = "886", transferredOn = Iso(Today.AddDays(-10)) });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("886", "931", "decision whether to reassess after a transfer", Iso(Today.AddDays(32))), (moved.GetProperty("laCode").GetString(),
            moved.GetProperty("transferredFromLaCode").GetString(), moved.GetProperty("next").GetProperty("step").GetString(), moved.GetProperty("next").GetProperty("dueOn").GetString()));
        var announced = await Eventually.Get(() => Task.FromResult(observer.Received.Where(r => r.Message.GetProperty("caseId").GetString() == id).ToList()),
            l => l.Count == 1, "EhcPlanTransferred");
        Assert.Equal(("931", "886"), (announced[0].Message.GetProperty("fromLaCode").GetString(), announced[0].Message.GetProperty("toLaCode").GetString()));

        // The sending LA no longer sees the case; the receiving LA reads it, its plan, and decides.
        Assert.Equal(HttpStatusCode.Forbidden, (await _sending.GetJsonAsync($"/v1/ehc/cases/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _receiving.GetJsonAsync($"/v1/ehc/cases/{id}/plans/2")).Status);
        (status, var decided) = await _receiving.PostJsonAsync($"/v1/ehc/cases/{id}:decide-reassessment", new { reassess = false, decidedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("annual review", Iso(Today.AddDays(-100).AddMonths(12))), (decided.GetProperty("next").GetProperty("step").GetString(),
            decided.GetProperty("next").GetProperty("dueOn").GetString()));
        var (_, listed) = await _receiving.GetJsonAsync("/v1/ehc/local-authorities/886/cases");
        Assert.Contains(id, listed.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }
}
