using System.Net;
using Grpc.Core;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class RedressTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    private async Task<string> RefusedCaseAsync(int refusedDaysAgo)
    {
        var id = (await _la.RequestAsync(ParentRequest(daysAgo: refusedDaysAgo + 20))).Id();
        var (status, body) = await _la.DecideAsync(id, "ASSESSMENT_DECISION_NOT_ASSESS", Today.AddDays(-refusedDaysAgo), "Needs met from SEN support");
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"refuse: {status} {body}");
        return id;
    }

    [Fact]
    public async Task A_refusal_goes_through_mediation_to_an_upheld_appeal_announced_once_and_the_LA_then_decides_to_assess()
    {
        await using var registered = await BrokerObserver.StartAsync<AppealRegistered>(service.MessagingConnectionString);
        await using var decided = await BrokerObserver.StartAsync<AppealDecided>(service.MessagingConnectionString);
        var id = await RefusedCaseAsync(refusedDaysAgo: 60);

        var mediation = new Dictionary<string, object>
        {
            ["subject"] = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", ["adviserContactedOn"] = Iso(Today.AddDays(-55)), ["wantsMediation"] = true,
        };
        var (status, ehcCase) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-mediation", mediation);
        Assert.Equal(HttpStatusCode.OK, status);
        var disagreement = ehcCase.GetProperty("disagreements")[0];
        Assert.Equal((Iso(Today.AddDays(-60)), Iso(Today.AddDays(-25))), (disagreement.GetProperty("decisionOn").GetString(), disagreement.GetProperty("mediationDueOn").GetString()));

        (status, ehcCase) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-mediation",
            mediation.With("mediationHeldOn", Iso(Today.AddDays(-40))).With("certificateIssuedOn", Iso(Today.AddDays(-39))));
        Assert.Equal(HttpStatusCode.OK, status);
        // A month from the certificate is earlier than two months from the refusal: the two months stand.
        Assert.Equal(Iso(Today.AddDays(-60).AddMonths(2)), ehcCase.GetProperty("appealDeadline").GetString());

        var appeal = new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", registeredOn = Iso(Today.AddDays(-30)), tribunalReference = "EH931/26/00042" };
        for (var i = 0; i < 2; i++)
        {
            (status, ehcCase) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:register-appeal", appeal);
            Assert.Equal(HttpStatusCode.OK, status);
        }
        Assert.Equal(("EH931/26/00042", true), (ehcCase.GetProperty("disagreements")[0].GetProperty("tribunalReference").GetString(),
            ehcCase.GetProperty("disagreements")[0].GetProperty("appealInTime").GetBoolean()));

        (status, ehcCase) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-appeal-outcome",
            new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", outcome = "APPEAL_OUTCOME_UPHELD", decidedOn = Iso(Today.AddDays(-7)) });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("assessment the tribunal ordered", Iso(Today.AddDays(21)), "SEND Regulations 2014 reg 44(2)"), (ehcCase.GetProperty("next").GetProperty("step").GetString(),
            ehcCase.GetProperty("next").GetProperty("dueOn").GetString(), ehcCase.GetProperty("next").GetProperty("authority").GetString()));

        (status, ehcCase) = await _la.DecideAsync(id, "ASSESSMENT_DECISION_ASSESS", Today);
        Assert.Equal((HttpStatusCode.OK, "CASE_STAGE_ASSESSING", Iso(Today)), (status, ehcCase.GetProperty("stage").GetString(),
            ehcCase.GetProperty("disagreements")[0].GetProperty("orderCompliedOn").GetString()));

        var appeals = await Eventually.Get(() => Task.FromResult(registered.Received.Where(r => r.Message.GetProperty("caseId").GetString() == id).ToList()),
            l => l.Count == 1, "AppealRegistered");
        var message = appeals[0].Message;
        Assert.Equal(("931", "NotToAssess", true, true), (message.GetProperty("laCode").GetString(), message.GetProperty("subject").GetString(),
            message.GetProperty("inTime").GetBoolean(), message.GetProperty("mediated").GetBoolean()));
        var outcomes = await Eventually.Get(() => Task.FromResult(decided.Received.Where(r => r.Message.GetProperty("caseId").GetString() == id).ToList()),
            l => l.Count == 1, "AppealDecided");
        Assert.Equal("Upheld", outcomes[0].Message.GetProperty("outcome").GetString());
        await Task.Delay(500);
        Assert.Single(registered.Received, r => r.Message.GetProperty("caseId").GetString() == id);
        // Nothing identifying the child travels with the appeal.
        Assert.DoesNotContain("Taylor", message.GetRawText());
    }

    [Fact]
    public async Task Bad_input_is_400_naming_each_field_and_a_rule_broken_is_412()
    {
        var id = await RefusedCaseAsync(refusedDaysAgo: 10);
        var (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-mediation",
            new { adviserContactedOn = Iso(Today.AddDays(1)), mediationHeldOn = "yesterday" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["adviser_contacted_on", "mediation_held_on", "subject"], error.ViolatedFields().Order(StringComparer.Ordinal));

        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:register-appeal",
            new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", registeredOn = Iso(Today), tribunalReference = "EH 931 <script>" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["tribunal_reference"], error.ViolatedFields());
        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-appeal-outcome",
            new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", decidedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["outcome"], error.ViolatedFields());

        // No plan to disagree with; an outcome before any appeal.
        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:register-appeal", new { subject = "DISAGREEMENT_SUBJECT_PLAN_CONTENTS", registeredOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["subject"], error.PreconditionSubjects());
        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-appeal-outcome",
            new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", outcome = "APPEAL_OUTCOME_DISMISSED", decidedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["outcome"], error.PreconditionSubjects());

        var (_, unchanged) = await _la.GetJsonAsync($"/v1/ehc/cases/{id}");
        Assert.Equal(0, unchanged.GetProperty("disagreements").GetArrayLength());
    }

    [Fact]
    public async Task The_setting_that_asked_reads_the_case_but_not_the_familys_disagreement_with_the_LA()
    {
        var school = service.Factory.RestAs(TestOrganisation.School("100000"));
        var id = (await school.RequestAsync(SettingRequest("100000"))).Id();
        await _la.DecideAsync(id, "ASSESSMENT_DECISION_NOT_ASSESS", Today, "Needs met from SEN support");
        var (status, _) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:register-appeal", new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", registeredOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.OK, status);

        var (_, seenByLa) = await _la.GetJsonAsync($"/v1/ehc/cases/{id}");
        Assert.Equal(1, seenByLa.GetProperty("disagreements").GetArrayLength());
        (status, var seenBySchool) = await school.GetJsonAsync($"/v1/ehc/cases/{id}");
        Assert.Equal((HttpStatusCode.OK, "CASE_STAGE_NOT_ASSESSED", 0), (status, seenBySchool.GetProperty("stage").GetString(),
            seenBySchool.GetProperty("disagreements").GetArrayLength()));
    }

    [Fact]
    public async Task Only_the_responsible_LA_records_redress_over_gRPC_and_an_unknown_case_is_NOT_FOUND()
    {
        var id = await RefusedCaseAsync(refusedDaysAgo: 10);
        var request = new Proto.RegisterAppealRequest { Id = id, Subject = Proto.DisagreementSubject.NotToAssess, RegisteredOn = Iso(Today) };
        foreach (var outsider in new[] { TestOrganisation.La("886"), TestOrganisation.School("100000"), TestOrganisation.Dfe })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() =>
                new Proto.EhcRedress.EhcRedressClient(service.Factory.GrpcAs(outsider)).RegisterAppealAsync(request).ResponseAsync);
            Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        }
        var la = new Proto.EhcRedress.EhcRedressClient(service.Factory.GrpcAs(TestOrganisation.La("931")));
        var missing = await Assert.ThrowsAsync<RpcException>(() => la.RegisterAppealAsync(new Proto.RegisterAppealRequest
        {
            Id = Guid.NewGuid().ToString(), Subject = Proto.DisagreementSubject.NotToAssess, RegisteredOn = Iso(Today),
        }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);

        var appealed = await la.RegisterAppealAsync(request);
        Assert.Equal((Iso(Today), Iso(Today.AddDays(-10).AddMonths(2))), (appealed.Disagreements.Single().AppealRegisteredOn, appealed.Disagreements.Single().AppealDeadline));
    }
}
