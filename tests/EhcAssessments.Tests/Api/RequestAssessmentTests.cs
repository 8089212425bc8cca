using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class RequestAssessmentTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task An_LA_records_a_parents_request_and_its_decision_is_due_six_weeks_from_receipt_announced_without_the_child()
    {
        await using var observer = await BrokerObserver.StartAsync<EhcRequestReceived>(service.MessagingConnectionString);
        var ehcCase = await _la.RequestAsync(ParentRequest(daysAgo: 10));

        Assert.Equal(("931", "CASE_STAGE_REQUESTED", "REQUEST_SOURCE_PARENT", "OX1 1AA"), (ehcCase.GetProperty("laCode").GetString(),
            ehcCase.GetProperty("stage").GetString(), ehcCase.GetProperty("source").GetString(), ehcCase.GetProperty("child").GetProperty("postcode").GetString()));
        var next = ehcCase.GetProperty("next");
        Assert.Equal(("decision whether to assess", Iso(Today.AddDays(32)), "SEND Regulations 2014 reg 5(3)", false), (next.GetProperty("step").GetString(),
            next.GetProperty("dueOn").GetString(), next.GetProperty("authority").GetString(), next.TryGetProperty("overdue", out var o) && o.GetBoolean()));
        Assert.Equal(Iso(Today.AddDays(130)), ehcCase.GetProperty("finalPlanDueOn").GetString());

        var announced = await Eventually.Get(() => Task.FromResult(observer.Received.Where(r => r.Message.GetProperty("caseId").GetString() == ehcCase.Id()).ToList()),
            l => l.Count == 1, "EhcRequestReceived");
        var message = announced.Single().Message;
        Assert.Equal(("931", "Parent", Iso(Today.AddDays(-10))), (message.GetProperty("laCode").GetString(), message.GetProperty("source").GetString(),
            message.GetProperty("receivedOn").GetString()));
        Assert.Equal(["caseId", "eventId", "laCode", "occurredAt", "receivedOn", "source"], message.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_request_received_over_six_weeks_ago_and_undecided_is_overdue()
    {
        var ehcCase = await _la.RequestAsync(ParentRequest(daysAgo: 43));
        Assert.True(ehcCase.GetProperty("next").GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_stores_nothing()
    {
        var before = await CountAsync();
        var request = ParentRequest()
            .With("laCode", "999")
            .With("source", "REQUEST_SOURCE_UNSPECIFIED")
            .With("receivedOn", Iso(Today.AddDays(1)))
            .With("child", new { givenName = " ", familyName = "Taylor", dateOfBirth = "2019-02-30", sex = "X", postcode = "OX1", upn = "H80120000100" });
        var (status, error) = await _la.PostJsonAsync("/v1/ehc/requests", request);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["child.date_of_birth", "child.given_name", "child.postcode", "child.sex", "child.upn", "la_code", "source"],
            error.ViolatedFields().Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync() =>
        (await _la.GetJsonAsync("/v1/ehc/local-authorities/931/cases?page.pageSize=1")).Body.GetProperty("page").TryGetProperty("totalCount", out var n) ? n.GetInt32() : 0;

    [Fact]
    public async Task A_young_person_still_of_compulsory_school_age_cannot_ask_for_themselves()
    {
        var (status, error) = await _la.PostJsonAsync("/v1/ehc/requests", ParentRequest().With("source", "REQUEST_SOURCE_YOUNG_PERSON"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["source"], error.ViolatedFields());
    }

    [Fact]
    public async Task Only_the_responsible_LA_records_a_request_and_DfE_holds_no_EHC_scope()
    {
        var (status, _) = await service.Factory.RestAs(TestOrganisation.La("202")).PostJsonAsync("/v1/ehc/requests", ParentRequest(laCode: "931"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, _) = await service.Factory.RestAs(TestOrganisation.Dfe).PostJsonAsync("/v1/ehc/requests", ParentRequest(laCode: "931"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, _) = await service.Factory.RestAs(null).PostJsonAsync("/v1/ehc/requests", ParentRequest(laCode: "931"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_school_requests_as_itself_only_and_then_follows_its_request()
    {
        var school = service.Factory.RestAs(TestOrganisation.School("123456"));
        var (status, _) = await school.PostJsonAsync("/v1/ehc/requests", ParentRequest());
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, _) = await school.PostJsonAsync("/v1/ehc/requests", SettingRequest("654321"));
        Assert.Equal(HttpStatusCode.Forbidden, status);

        var ehcCase = await school.RequestAsync(SettingRequest("123456"));
        Assert.Equal(("REQUEST_SOURCE_SETTING", "123456", "123456"), (ehcCase.GetProperty("source").GetString(),
            ehcCase.GetProperty("requestingSettingUrn").GetString(), ehcCase.GetProperty("recordedBy").GetString()));
        (status, var read) = await school.GetJsonAsync($"/v1/ehc/cases/{ehcCase.Id()}");
        Assert.Equal((HttpStatusCode.OK, ehcCase.Id()), (status, read.Id()));
        (status, read) = await _la.GetJsonAsync($"/v1/ehc/cases/{ehcCase.Id()}");
        Assert.Equal((HttpStatusCode.OK, "Sam"), (status, read.GetProperty("child").GetProperty("givenName").GetString()));
    }

    [Fact]
    public async Task Nobody_else_reads_a_case_and_an_unknown_or_malformed_id_says_so()
    {
        var ehcCase = await _la.RequestAsync(ParentRequest());
        foreach (var outsider in new[] { TestOrganisation.La("202"), TestOrganisation.School("100000"), TestOrganisation.Dfe })
            Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(outsider).GetJsonAsync($"/v1/ehc/cases/{ehcCase.Id()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _la.GetJsonAsync($"/v1/ehc/cases/{Guid.NewGuid()}")).Status);
        var (status, error) = await _la.GetJsonAsync("/v1/ehc/cases/not-a-case");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["id"], error.ViolatedFields());
    }

    [Fact]
    public async Task A_repeated_idempotency_key_answers_with_the_first_case_and_announces_it_once()
    {
        await using var observer = await BrokerObserver.StartAsync<EhcRequestReceived>(service.MessagingConnectionString);
        var key = Guid.NewGuid().ToString();
        var first = await _la.RequestAsync(ParentRequest(key: key));
        var again = await _la.RequestAsync(ParentRequest(key: key));
        Assert.Equal(first.Id(), again.Id());

        await Eventually.Get(() => Task.FromResult(observer.Received.Count(r => r.Message.GetProperty("caseId").GetString() == first.Id())), n => n == 1, "the one EhcRequestReceived");
        await Task.Delay(500);
        Assert.Equal(1, observer.Received.Count(r => r.Message.GetProperty("caseId").GetString() == first.Id()));
    }
}
