using System.Net;
using Grpc.Core;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.NationalStandards.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

public sealed class StandardsSetsApiTests(StandardsService service) : IClassFixture<StandardsService>
{
    private readonly HttpClient _dfe = service.Factory.RestAs(TestOrganisation.Dfe);

    private async Task<int> CountSetsAsync()
    {
        var (_, body) = await _dfe.GetJsonAsync("/v1/standards/sets?page.page_size=500");
        return body.TryGetProperty("sets", out var sets) ? sets.GetArrayLength() : 0;
    }

    [Fact]
    public async Task A_draft_is_created_read_back_and_replaced()
    {
        var (status, created) = await _dfe.CreateSetAsync("2030.1", new ContentBuilder().Build());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("STANDARDS_SET_STATUS_DRAFT", created.Status());

        var replaced = await _dfe.ReplaceSetAsync("2030.1", new ContentBuilder().Titled("Revised").Build());
        Assert.Equal(HttpStatusCode.OK, replaced.Status);

        var (_, read) = await _dfe.GetJsonAsync("/v1/standards/sets/2030.1");
        Assert.Equal("Revised", read.GetProperty("content").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Repeating_a_create_returns_the_same_draft_and_other_content_under_the_version_conflicts()
    {
        var first = await _dfe.CreateSetAsync("2030.2", new ContentBuilder().Build());
        var repeat = await _dfe.CreateSetAsync("2030.2", new ContentBuilder().Build());
        Assert.Equal(HttpStatusCode.OK, repeat.Status);
        Assert.Equal(first.Body.GetProperty("createdAt").GetString(), repeat.Body.GetProperty("createdAt").GetString());

        var other = await _dfe.CreateSetAsync("2030.2", new ContentBuilder().Titled("Other").Build());
        Assert.Equal(HttpStatusCode.Conflict, other.Status);
    }

    [Fact]
    public async Task Bad_input_is_400_naming_each_field_and_stores_nothing()
    {
        var before = await CountSetsAsync();
        var json = """
            {"version":"2030","content":{"title":"","standards":[{"code":"bad code","title":"","theme":"THEME_UNSPECIFIED",
             "requirements":[{"metricKey":"Bad Key","comparator":"COMPARATOR_UNSPECIFIED","threshold":4.06e157,"unit":""}]}],
             "ordinarilyAvailable":[{"needCode":"","descriptors":[]}],"provisionMatches":[{"provisionType":"AP","needCodes":[]}]}}
            """;
        var (status, body) = await _dfe.SendAsync(HttpMethod.Post, "/v1/standards/sets", json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            ["version", "content.title", "content.standards[0].code", "content.standards[0].title", "content.standards[0].theme",
             "content.standards[0].requirements[0].metric_key", "content.standards[0].requirements[0].comparator",
             "content.standards[0].requirements[0].threshold", "content.standards[0].requirements[0].unit", "content.ordinarily_available[0].need_code",
             "content.ordinarily_available[0].descriptors", "content.provision_matches[0].need_codes"],
            body.ViolatedFields());
        Assert.Equal(before, await CountSetsAsync());
    }

    [Fact]
    public async Task A_bad_replacement_is_400_and_leaves_the_draft_as_it_was()
    {
        await _dfe.CreateSetAsync("2030.4", new ContentBuilder().Titled("Original").Build());
        var (status, body) = await _dfe.SendAsync(HttpMethod.Put, "/v1/standards/sets/2030.4", """{"content":{"title":"","standards":[{"code":"x"}]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("content.title", body.ViolatedFields());
        Assert.Contains("content.standards[0].code", body.ViolatedFields());
        var (_, read) = await _dfe.GetJsonAsync("/v1/standards/sets/2030.4");
        Assert.Equal("Original", read.GetProperty("content").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _dfe.ReplaceSetAsync("2099.8", new ContentBuilder().Build())).Status);
    }

    [Fact]
    public async Task Missing_content_and_malformed_json_are_400()
    {
        var (status, body) = await _dfe.PostJsonAsync("/v1/standards/sets", new { version = "2030.3" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["content"], body.ViolatedFields());
        Assert.Equal(HttpStatusCode.BadRequest, (await _dfe.SendAsync(HttpMethod.Post, "/v1/standards/sets", "{not json")).Status);
    }

    [Theory]
    [InlineData("la")]
    [InlineData("school")]
    [InlineData("ap_provider")]
    public async Task Only_DfE_may_write_and_a_refused_write_stores_nothing(string orgType)
    {
        var before = await CountSetsAsync();
        var client = service.Factory.RestAs(new TestOrganisation(orgType, "org-1", orgType == "la" ? "931" : null));
        var (status, _) = await client.CreateSetAsync("2031.1", new ContentBuilder().Build());
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(before, await CountSetsAsync());
    }

    [Fact]
    public async Task Publishing_an_incomplete_set_is_412_listing_each_problem_and_it_stays_a_draft()
    {
        await _dfe.CreateSetAsync("2032.1", new ContentBuilder().WithoutOrdinarilyAvailableFor("HI").WithStandard(ContentBuilder.Standard("IDN-01")).Build());
        var (status, body) = await _dfe.PublishSetAsync("2032.1");
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["content.standards[1].code", "content.ordinarily_available"], body.PreconditionSubjects());
        var (_, read) = await _dfe.GetJsonAsync("/v1/standards/sets/2032.1");
        Assert.Equal("STANDARDS_SET_STATUS_DRAFT", read.Status());
    }

    [Fact]
    public async Task Unknown_versions_are_404_and_malformed_ones_400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _dfe.GetJsonAsync("/v1/standards/sets/2099.9")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _dfe.PublishSetAsync("2099.9")).Status);
        var (status, body) = await _dfe.GetJsonAsync("/v1/standards/sets/latest");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["version"], body.ViolatedFields());
    }

    [Fact]
    public async Task Listing_pages_newest_version_first_with_a_token()
    {
        foreach (var v in new[] { "2033.2", "2033.10", "2033.1" })
            await _dfe.CreateSetAsync(v, new ContentBuilder().Build());
        var versions = new List<string>();
        var token = "";
        do
        {
            var (status, body) = await _dfe.GetJsonAsync($"/v1/standards/sets?page.page_size=2&page.page_token={token}&status=STANDARDS_SET_STATUS_DRAFT");
            Assert.Equal(HttpStatusCode.OK, status);
            versions.AddRange(body.GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("version").GetString()!).Where(v => v.StartsWith("2033.")));
            token = body.GetProperty("page").TryGetProperty("nextPageToken", out var next) ? next.GetString() ?? "" : "";
        } while (token != "");
        Assert.Equal(["2033.10", "2033.2", "2033.1"], versions);
    }

    [Theory]
    [InlineData("page.page_size=501", "page.page_size")]
    [InlineData("page.page_size=-1", "page.page_size")]
    [InlineData("page.page_token=%25%25", "page.page_token")]
    public async Task Bad_paging_is_a_field_error(string query, string field)
    {
        var (status, body) = await _dfe.GetJsonAsync($"/v1/standards/sets?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([field], body.ViolatedFields());
    }

    [Fact]
    public async Task Over_gRPC_a_bad_request_carries_the_same_field_violations()
    {
        var client = new StandardsSets.StandardsSetsClient(service.Factory.GrpcAs(TestOrganisation.Dfe));
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.CreateStandardsSetAsync(new CreateStandardsSetRequest { Version = "x" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var detail = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>();
        Assert.Equal(["version", "content"], detail.FieldViolations.Select(f => f.Field));
    }
}
