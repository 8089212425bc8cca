using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

public sealed class FrameworksApiTests(FundingService service) : IClassFixture<FundingService>
{
    private readonly HttpClient _dfe = service.Factory.RestAs(TestOrganisation.Dfe);

    [Fact]
    public async Task A_framework_is_drafted_published_announced_once_and_read_back_as_the_one_in_force()
    {
        await using var observer = await BrokerObserver.StartAsync<TariffScheduleChanged>(service.MessagingConnectionString);
        var (status, draft) = await _dfe.CreateFrameworkAsync("2030-31");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2030-31.v1", draft.GetProperty("id").GetString());
        Assert.Equal("2030-04-01", draft.GetProperty("effectiveFrom").GetString());
        Assert.Equal(600000, draft.GetProperty("content").GetProperty("mainstreamThresholdPence").Pence());
        Assert.Equal(6, draft.GetProperty("content").GetProperty("placeFunding").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await _dfe.GetJsonAsync("/v1/funding/frameworks/2030-31")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _dfe.PublishFrameworkAsync("2030-31.v1")).Status);
        var (_, inForce) = await _dfe.GetJsonAsync("/v1/funding/frameworks/2030-31");
        Assert.Equal("FRAMEWORK_STATUS_PUBLISHED", inForce.GetProperty("status").GetString());

        await Eventually.Get(() => Task.FromResult(observer.Received.Count), n => n >= 1, "TariffScheduleChanged");
        await Task.Delay(1000);
        var (_, message) = Assert.Single(observer.Received);
        Assert.Equal("2030-31.v1", message.GetProperty("frameworkId").GetString());
    }

    [Fact]
    public async Task A_repeated_idempotency_key_returns_the_first_framework_and_creates_nothing_more()
    {
        var first = await _dfe.CreateFrameworkAsync("2031-32", key: "dfe-2031-initial");
        var before = await _dfe.CountFrameworksAsync();
        var repeat = await _dfe.CreateFrameworkAsync("2031-32", key: "dfe-2031-initial");
        Assert.Equal(first.Body.GetProperty("id").GetString(), repeat.Body.GetProperty("id").GetString());
        Assert.Equal(before, await _dfe.CountFrameworksAsync());
        var another = await _dfe.CreateFrameworkAsync("2031-32", key: "dfe-2031-second");
        Assert.Equal("2031-32.v2", another.Body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_frameworks_are_400_naming_each_field_and_store_nothing()
    {
        var before = await _dfe.CountFrameworksAsync();
        const string content = """
            {"bands":[{"code":"B1","name":"Band 1","ordinal":1},{"code":"B1","name":"Again","ordinal":2}],
             "tariffs":[{"bandCode":"B9","provisionType":"STATE_SPECIAL","annualTopUpPence":"100"},
                        {"bandCode":"B1","provisionType":"SPACESHIP","annualTopUpPence":"100"}],
             "areaCostAdjustments":[{"laCode":"999","factor":"3"}]}
            """;
        var (status, body) = await _dfe.CreateFrameworkAsync("2032-33", content, effectiveFrom: "2034-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            ["effective_from", "content.area_cost_adjustments[0].la_code", "content.area_cost_adjustments[0].factor", "content.bands[1].code",
             "content.tariffs[0].band_code", "content.tariffs[1].provision_type"],
            body.ViolatedFields());
        Assert.Equal(HttpStatusCode.BadRequest, (await _dfe.CreateFrameworkAsync("2032-34")).Status);
        Assert.Equal(before, await _dfe.CountFrameworksAsync());
    }

    [Fact]
    public async Task A_bad_replacement_is_400_and_the_draft_is_unchanged()
    {
        var (_, draft) = await _dfe.CreateFrameworkAsync("2035-36");
        var id = draft.GetProperty("id").GetString();
        var (status, body) = await _dfe.SendAsync(HttpMethod.Put, $"/v1/funding/frameworks/{id}",
            """{"content":{"bands":[{"code":"B1","name":"a","ordinal":1},{"code":"B1","name":"b","ordinal":2}],"tariffs":[{"bandCode":"B7","provisionType":"AP","annualTopUpPence":"1"}]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["content.bands[1].code", "content.tariffs[0].band_code"], body.ViolatedFields());
        var (_, list) = await _dfe.GetJsonAsync("/v1/funding/frameworks?financial_year=2035-36");
        Assert.Equal(2, list.GetProperty("frameworks")[0].GetProperty("tariffCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _dfe.SendAsync(HttpMethod.Put, "/v1/funding/frameworks/2035-36.v9", $$"""{"content":{{FundingCalls.Content}}}""")).Status);
    }

    [Theory]
    [InlineData("la")]
    [InlineData("school")]
    [InlineData("ap_provider")]
    public async Task Only_DfE_may_write_frameworks(string orgType)
    {
        var before = await _dfe.CountFrameworksAsync();
        var client = service.Factory.RestAs(new TestOrganisation(orgType, "org-1", orgType == "la" ? "931" : null));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.CreateFrameworkAsync("2033-34")).Status);
        Assert.Equal(before, await _dfe.CountFrameworksAsync());
    }

    [Fact]
    public async Task Publishing_twice_is_412_and_a_published_framework_cannot_be_replaced()
    {
        await _dfe.CreateFrameworkAsync("2034-35");
        await _dfe.PublishFrameworkAsync("2034-35.v1");
        var (status, body) = await _dfe.PublishFrameworkAsync("2034-35.v1");
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Contains("only a draft can be published", body.GetProperty("message").GetString());
        var replace = await _dfe.SendAsync(HttpMethod.Put, "/v1/funding/frameworks/2034-35.v1", $$"""{"content":{{FundingCalls.Content}}}""");
        Assert.Equal(HttpStatusCode.PreconditionFailed, replace.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _dfe.PublishFrameworkAsync("2034-35.v9")).Status);
    }
}
