using System.Net;
using Grpc.Core;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

public sealed class ReferenceDataApiTests(StandardsService service) : IClassFixture<StandardsService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task Need_types_list_the_four_areas_and_thirteen_codes_with_NSA_valid_only_with_SEN_support()
    {
        var (status, body) = await _la.GetJsonAsync("/v1/reference/need-types");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, body.GetProperty("areas").GetArrayLength());
        var needs = body.GetProperty("needTypes").EnumerateArray().ToDictionary(n => n.GetProperty("code").GetString()!);
        Assert.Equal(13, needs.Count);
        Assert.Equal("CI", needs["ASD"].GetProperty("areaCode").GetString());
        Assert.Equal(["K"], needs["NSA"].GetProperty("validWithSenProvisions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["E", "K", "N"], body.GetProperty("senProvisions").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Provision_types_are_listed()
    {
        var (_, body) = await _la.GetJsonAsync("/v1/reference/provision-types");
        var codes = body.GetProperty("provisionTypes").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Equal(13, codes.Count);
        Assert.Contains("INDEPENDENT_SPECIAL", codes);
    }

    [Fact]
    public async Task All_153_local_authorities_are_listed_in_nine_regions()
    {
        var (_, body) = await _la.GetJsonAsync("/v1/reference/local-authorities");
        var las = body.GetProperty("localAuthorities").EnumerateArray().ToList();
        Assert.Equal(153, las.Count);
        Assert.Equal(9, las.Select(l => l.GetProperty("region").GetString()).Distinct().Count());
        Assert.Contains(las, l => l.GetProperty("name").GetString() == "Bristol, City of");
    }

    [Fact]
    public async Task Local_authorities_filter_by_region_case_insensitively()
    {
        var (_, body) = await _la.GetJsonAsync("/v1/reference/local-authorities?region=london");
        Assert.Equal(33, body.GetProperty("localAuthorities").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_region_is_a_field_error_listing_the_regions()
    {
        var (status, body) = await _la.GetJsonAsync("/v1/reference/local-authorities?region=Atlantis");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["region"], body.ViolatedFields());
        Assert.Contains("South West", body.GetRawText());
    }

    [Fact]
    public async Task One_local_authority_by_code()
    {
        var (status, body) = await _la.GetJsonAsync("/v1/reference/local-authorities/931");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Oxfordshire", body.GetProperty("name").GetString());
        Assert.Equal("South East", body.GetProperty("region").GetString());
    }

    [Theory]
    [InlineData("93x", HttpStatusCode.BadRequest)]
    [InlineData("9311", HttpStatusCode.BadRequest)]
    [InlineData("999", HttpStatusCode.NotFound)]
    [InlineData("909", HttpStatusCode.NotFound)]
    public async Task A_malformed_code_is_400_and_an_unknown_or_retired_one_404(string code, HttpStatusCode expected)
    {
        var (status, body) = await _la.GetJsonAsync($"/v1/reference/local-authorities/{code}");
        Assert.Equal(expected, status);
        if (expected == HttpStatusCode.BadRequest) Assert.Equal(["la_code"], body.ViolatedFields());
    }

    [Theory]
    [InlineData("H801200001001", true, false, "")]
    [InlineData("B801200005001", true, false, "")]
    [InlineData("G80120000101A", true, true, "")]
    [InlineData("A801200005001", false, false, "check letter")]
    [InlineData("X80120000A001", false, false, "character 10")]
    [InlineData("E000200005001", false, false, "'000'")]
    [InlineData("H80120000100", false, false, "13 characters")]
    public async Task Upns_are_validated_as_docs_domain_md_describes(string upn, bool valid, bool temporary, string reason)
    {
        var (status, body) = await _la.PostJsonAsync("/v1/reference/upn:validate", new { upn });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(valid, body.GetProperty("valid").GetBoolean());
        Assert.Equal(temporary, body.GetProperty("temporary").GetBoolean());
        Assert.Contains(reason, body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Reference_data_answers_over_gRPC_too()
    {
        var client = new ReferenceData.ReferenceDataClient(service.Factory.GrpcAs(TestOrganisation.School("100000")));
        var reply = await client.ValidateUpnAsync(new ValidateUpnRequest { Upn = "H801200001001" });
        Assert.True(reply.Valid);
        Assert.Equal("801", reply.LaCode);
    }

    [Fact]
    public async Task A_caller_without_a_token_is_refused()
    {
        var (status, _) = await service.Factory.RestAs(null).GetJsonAsync("/v1/reference/need-types");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var client = new ReferenceData.ReferenceDataClient(service.Factory.GrpcAs(null));
        var error = await Assert.ThrowsAsync<RpcException>(() => client.ListNeedTypesAsync(new ListNeedTypesRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var client = service.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestOrganisation.Dfe, signingKey: new string('x', 48)));
        var (status, _) = await client.GetJsonAsync("/v1/reference/need-types");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}
