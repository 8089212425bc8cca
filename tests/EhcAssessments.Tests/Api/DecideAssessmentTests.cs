using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class DecideAssessmentTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task Deciding_to_assess_starts_the_twenty_week_clock_and_is_announced_once_however_often_repeated()
    {
        await using var observer = await BrokerObserver.StartAsync<AssessmentDecided>(service.MessagingConnectionString);
        var ehcCase = await _la.RequestAsync(ParentRequest(daysAgo: 50));
        var (status, decided) = await _la.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-5));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("CASE_STAGE_ASSESSING", "final EHC plan", Iso(Today.AddDays(90))), (decided.GetProperty("stage").GetString(),
            decided.GetProperty("next").GetProperty("step").GetString(), decided.GetProperty("next").GetProperty("dueOn").GetString()));
        // 45 days after the request: past the six weeks.
        Assert.False(decided.TryGetProperty("assessmentDecidedInTime", out var inTime) && inTime.GetBoolean());

        (status, var again) = await _la.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-5));
        Assert.Equal((HttpStatusCode.OK, "CASE_STAGE_ASSESSING"), (status, again.GetProperty("stage").GetString()));

        var announced = await Eventually.Get(() => Task.FromResult(observer.Received.Where(r => r.Message.GetProperty("caseId").GetString() == ehcCase.Id()).ToList()),
            l => l.Count == 1, "AssessmentDecided");
        var message = announced.Single().Message;
        Assert.Equal(("Assess", Iso(Today.AddDays(-50)), Iso(Today.AddDays(-5)), false), (message.GetProperty("decision").GetString(),
            message.GetProperty("receivedOn").GetString(), message.GetProperty("decidedOn").GetString(), message.GetProperty("inTime").GetBoolean()));
        await Task.Delay(500);
        Assert.Single(observer.Received, r => r.Message.GetProperty("caseId").GetString() == ehcCase.Id());
    }

    [Fact]
    public async Task Deciding_not_to_assess_needs_reasons_and_opens_the_appeal_window()
    {
        var ehcCase = await _la.RequestAsync(ParentRequest(daysAgo: 20));
        var (status, error) = await _la.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_NOT_ASSESS", Today);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["reason"], error.ViolatedFields());

        (status, var refused) = await _la.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_NOT_ASSESS", Today, "Needs can be met from SEN support");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("CASE_STAGE_NOT_ASSESSED", Iso(Today.AddMonths(2)), true), (refused.GetProperty("stage").GetString(),
            refused.GetProperty("appealDeadline").GetString(), refused.GetProperty("assessmentDecidedInTime").GetBoolean()));
        Assert.False(refused.TryGetProperty("next", out _));

        (status, error) = await _la.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_ASSESS", Today);
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["decision"], error.PreconditionSubjects());
    }

    [Fact]
    public async Task A_decision_before_the_request_or_in_the_future_is_refused_and_changes_nothing()
    {
        var ehcCase = await _la.RequestAsync(ParentRequest(daysAgo: 3));
        var (status, error) = await _la.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-4));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["decided_on"], error.PreconditionSubjects());
        (status, error) = await _la.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_ASSESS", Today.AddDays(1));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["decided_on"], error.ViolatedFields());
        (status, error) = await _la.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_UNSPECIFIED", Today);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["decision"], error.ViolatedFields());

        var (_, read) = await _la.GetJsonAsync($"/v1/ehc/cases/{ehcCase.Id()}");
        Assert.Equal("CASE_STAGE_REQUESTED", read.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Only_the_responsible_LA_decides_and_an_unknown_case_is_not_found()
    {
        var school = service.Factory.RestAs(TestOrganisation.School("123457"));
        var ehcCase = await school.RequestAsync(SettingRequest("123457"));
        Assert.Equal(HttpStatusCode.Forbidden, (await school.DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_ASSESS", Today)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).DecideAsync(ehcCase.Id(), "ASSESSMENT_DECISION_ASSESS", Today)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _la.DecideAsync(Guid.NewGuid().ToString(), "ASSESSMENT_DECISION_ASSESS", Today)).Status);
    }
}
