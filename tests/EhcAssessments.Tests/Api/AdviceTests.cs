using System.Net;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class AdviceTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task The_LA_asks_for_advice_and_sees_what_is_overdue_and_what_came_in_time()
    {
        var id = (await _la.RequestAsync(ParentRequest(daysAgo: 80))).Id();
        await _la.DecideAsync(id, "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-60));
        foreach (var kind in new[] { "ADVICE_KIND_PSYCHOLOGICAL", "ADVICE_KIND_MEDICAL" })
        {
            var (requested, _) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}/advice", new { kind, requestedOn = Iso(Today.AddDays(-59)) });
            Assert.Equal(HttpStatusCode.OK, requested);
        }
        var (status, ehcCase) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}/advice:received", new { kind = "ADVICE_KIND_PSYCHOLOGICAL", receivedOn = Iso(Today.AddDays(-20)) });
        Assert.Equal(HttpStatusCode.OK, status);
        var advice = ehcCase.GetProperty("advice").EnumerateArray().ToDictionary(a => a.GetProperty("kind").GetString()!);
        var psychological = advice["ADVICE_KIND_PSYCHOLOGICAL"];
        Assert.Equal((Iso(Today.AddDays(-17)), true, false), (psychological.GetProperty("dueOn").GetString(), psychological.GetProperty("receivedInTime").GetBoolean(),
            psychological.GetProperty("overdue").GetBoolean()));
        var medical = advice["ADVICE_KIND_MEDICAL"];
        Assert.Equal(("", true), (medical.GetProperty("receivedOn").GetString(), medical.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task Bad_input_is_400_a_broken_rule_412_and_only_the_responsible_LA_may_record_advice()
    {
        var id = (await _la.RequestAsync(ParentRequest(daysAgo: 30))).Id();
        var (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}/advice", new { requestedOn = Iso(Today.AddDays(1)) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["kind", "requested_on"], error.ViolatedFields().Order(StringComparer.Ordinal));
        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}/advice:received", new { kind = "ADVICE_KIND_MEDICAL", receivedOn = "2026-02-30" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["received_on"], error.ViolatedFields());
        // Not yet assessing.
        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}/advice", new { kind = "ADVICE_KIND_EDUCATIONAL", requestedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["kind"], error.PreconditionSubjects());
        var other = service.Factory.RestAs(TestOrganisation.La("886"));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync($"/v1/ehc/cases/{id}/advice", new { kind = "ADVICE_KIND_EDUCATIONAL", requestedOn = Iso(Today) })).Status);
        Assert.Equal(HttpStatusCode.NotFound,
            (await _la.PostJsonAsync($"/v1/ehc/cases/{Guid.NewGuid()}/advice:received", new { kind = "ADVICE_KIND_EDUCATIONAL", receivedOn = Iso(Today) })).Status);
    }
}
