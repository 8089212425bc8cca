using System.Net;
using Grpc.Core;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Tests.Api;

/// <summary>Each test lists its own LA's cases, so the class's other cases never count.</summary>
public sealed class ListCasesTests(EhcService service) : IClassFixture<EhcService>
{
    [Fact]
    public async Task An_LA_pages_through_its_cases_newest_first_and_filters_by_stage_and_overdue()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("873"));
        var overdue = await la.RequestAsync(ParentRequest("873", daysAgo: 60));
        var decided = await la.RequestAsync(ParentRequest("873", daysAgo: 30));
        await la.DecideAsync(decided.Id(), "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-1));
        var fresh = await la.RequestAsync(ParentRequest("873", daysAgo: 1));
        await service.Factory.RestAs(TestOrganisation.La("202")).RequestAsync(ParentRequest("202"));

        var (status, first) = await la.GetJsonAsync("/v1/ehc/local-authorities/873/cases?page.pageSize=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([fresh.Id(), decided.Id()], first.GetProperty("cases").EnumerateArray().Select(c => c.Id()));
        Assert.Equal(3, first.GetProperty("page").GetProperty("totalCount").GetInt32());
        var token = first.GetProperty("page").GetProperty("nextPageToken").GetString();
        (_, var second) = await la.GetJsonAsync($"/v1/ehc/local-authorities/873/cases?page.pageSize=2&page.pageToken={token}");
        Assert.Equal([overdue.Id()], second.GetProperty("cases").EnumerateArray().Select(c => c.Id()));
        Assert.Equal("", second.GetProperty("page").TryGetProperty("nextPageToken", out var last) ? last.GetString() : "");

        (_, var late) = await la.GetJsonAsync("/v1/ehc/local-authorities/873/cases?overdueOnly=true");
        Assert.Equal([overdue.Id()], late.GetProperty("cases").EnumerateArray().Select(c => c.Id()));
        (_, var requested) = await la.GetJsonAsync("/v1/ehc/local-authorities/873/cases?stage=CASE_STAGE_REQUESTED");
        Assert.Equal([fresh.Id(), overdue.Id()], requested.GetProperty("cases").EnumerateArray().Select(c => c.Id()));
    }

    [Fact]
    public async Task Another_LA_or_a_school_cannot_list_an_LAs_cases_and_bad_filters_are_named()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).GetJsonAsync("/v1/ehc/local-authorities/886/cases")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.School("100000")).GetJsonAsync("/v1/ehc/local-authorities/886/cases")).Status);
        var (status, error) = await service.Factory.RestAs(TestOrganisation.La("886")).GetJsonAsync("/v1/ehc/local-authorities/886/cases?page.pageSize=501&page.pageToken=%21%21");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["page.page_size", "page.page_token"], error.ViolatedFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Over_gRPC_a_case_is_read_as_stored_and_an_unknown_one_is_NOT_FOUND()
    {
        var client = new Proto.EhcCases.EhcCasesClient(service.Factory.GrpcAs(TestOrganisation.La("825")));
        var created = await client.RequestAssessmentAsync(new Proto.RequestAssessmentRequest
        {
            LaCode = "825",
            Source = Proto.RequestSource.Parent,
            ReceivedOn = Iso(Today),
            Child = new Proto.Child { GivenName = "Alex", FamilyName = "Jones", DateOfBirth = Iso(Today.AddYears(-4)), Sex = "F", Postcode = "HP20 1UA" },
        });
        var read = await client.GetCaseAsync(new Proto.GetCaseRequest { Id = created.Id });
        Assert.Equal(created, read);
        Assert.Equal(("", "HP20 1UA"), (read.Child.Upn, read.Child.Postcode));

        var missing = await Assert.ThrowsAsync<RpcException>(() => client.GetCaseAsync(new Proto.GetCaseRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }
}
