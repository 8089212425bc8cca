using System.Net;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

public sealed class ProvidersApiTests(ApService service) : IClassFixture<ApService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task An_LA_registers_a_provider_that_every_partner_can_read()
    {
        var (status, created) = await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140001"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("PROVIDER_KIND_PUPIL_REFERRAL_UNIT", "la-931", 60), (created.GetProperty("kind").GetString(), created.GetProperty("registeredBy").GetString(), created.GetProperty("capacity").GetInt32()));
        Assert.Equal(["AP_TIER_TIME_LIMITED", "AP_TIER_TRANSITIONAL"], created.GetProperty("tiers").EnumerateArray().Select(t => t.GetString()));

        var school = service.Factory.RestAs(TestOrganisation.School("100000"));
        var (readStatus, read) = await school.GetJsonAsync($"/v1/ap/providers/{created.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, readStatus);
        Assert.Equal(("140001", "2026-06-15", "QUALITY_RATING_GOOD"),
            (read.GetProperty("urn").GetString(), read.GetProperty("lastQualityAssuranceDate").GetString(), read.GetProperty("qualityRating").GetString()));
    }

    [Fact]
    public async Task An_unregistered_provider_is_known_by_the_LAs_reference_and_never_by_a_URN()
    {
        Assert.Equal(HttpStatusCode.OK, (await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Unregistered("FOREST-1"))).Status);
        var (status, error) = await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Unregistered("FOREST-2").With("urn", "140099"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["urn"], error.ViolatedFields());
        (status, error) = await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140002").Without("urn").With("providerReference", "X1"));
        Assert.Equal(["urn", "provider_reference"], error.ViolatedFields());
    }

    [Fact]
    public async Task Bad_providers_are_400_naming_each_field()
    {
        var (status, error) = await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("14000")
            .With("name", "").With("tiers", Array.Empty<string>()).With("capacity", 0).With("lastQualityAssuranceDate", "2099-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["urn"], error.ViolatedFields());
        (status, error) = await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140003")
            .With("name", "").With("tiers", new[] { "AP_TIER_TIME_LIMITED", "AP_TIER_TIME_LIMITED" }).With("capacity", 0)
            .With("lastQualityAssuranceDate", "2099-01-01"));
        Assert.Equal(["name", "tiers", "capacity", "last_quality_assurance_date"], error.ViolatedFields());
        (status, error) = await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140004").Without("qualityRating"));
        Assert.Equal(["quality_rating"], error.ViolatedFields());
        Assert.Equal(0, (await _la.GetJsonAsync("/v1/local-authorities/931/ap/providers?kind=PROVIDER_KIND_AP_FREE_SCHOOL")).Body.GetProperty("providers").GetArrayLength());
    }

    [Fact]
    public async Task Only_the_providers_LA_registers_it()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140005"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.School("140005")).PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140005"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.Dfe).PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140005"))).Status);
    }

    [Fact]
    public async Task A_repeat_returns_the_first_provider_and_a_second_registration_of_a_URN_is_409()
    {
        var first = ProviderCalls.Registered("140006").With("idempotencyKey", "reg-140006");
        var (_, created) = await _la.PostJsonAsync("/v1/ap/providers", first);
        var (status, repeat) = await _la.PostJsonAsync("/v1/ap/providers", first);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(created.GetProperty("id").GetString(), repeat.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140006", name: "Another name"))).Status);
        // Another LA may have the same provider on its own register.
        Assert.Equal(HttpStatusCode.OK, (await service.Factory.RestAs(TestOrganisation.La("202")).PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered("140006", la: "202"))).Status);
    }

    [Fact]
    public async Task The_LAs_register_is_listed_by_name_filtered_by_tier_and_paged()
    {
        foreach (var (urn, name) in new[] { ("141001", "Zeta Academy"), ("141002", "Alpha Centre"), ("141003", "Mid PRU") })
            await service.Factory.RestAs(TestOrganisation.La("203")).PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered(urn, la: "203", name: name));
        await service.Factory.RestAs(TestOrganisation.La("203")).PostJsonAsync("/v1/ap/providers", ProviderCalls.Unregistered("OUT-1", la: "203"));
        var reader = service.Factory.RestAs(TestOrganisation.Dfe);

        var names = new List<string>();
        var token = "";
        do
        {
            var (_, body) = await reader.GetJsonAsync($"/v1/local-authorities/203/ap/providers?tier=AP_TIER_TIME_LIMITED&page.page_size=2&page.page_token={token}");
            names.AddRange(body.GetProperty("providers").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
            Assert.Equal(3, body.GetProperty("page").GetProperty("totalCount").GetInt32());
            token = body.GetProperty("page").TryGetProperty("nextPageToken", out var next) ? next.GetString() ?? "" : "";
        }
        while (token.Length > 0);
        Assert.Equal(["Alpha Centre", "Mid PRU", "Zeta Academy"], names);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetJsonAsync($"/v1/ap/providers/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetJsonAsync("/v1/local-authorities/000/ap/providers")).Status);
    }
}
