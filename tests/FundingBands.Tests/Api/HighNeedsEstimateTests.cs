using System.Net;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using SendPlatform.Contracts.Funding.V1;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>The estimate over a gRPC client stream and over NDJSON, against 2026-27 published in a database of its own.</summary>
public sealed class HighNeedsEstimateTests(FundingService service) : IClassFixture<FundingService>, IAsyncLifetime
{
    public Task InitializeAsync() =>
        service.Factory.RestAs(TestOrganisation.Dfe).EnsurePublishedAsync("2026-27");

    public Task DisposeAsync() => Task.CompletedTask;

    private static EstimateHighNeedsRequest Header(string la = "931", long budget = 2_000_000) =>
        new() { Header = new HighNeedsEstimateHeader { LaCode = la, FinancialYear = "2026-27", HighNeedsBudgetPence = budget } };

    private static EstimateHighNeedsRequest Placement(string id, string provision = "STATE_SPECIAL", string band = "B1", string start = "2026-04-01", string fraction = "") =>
        new() { Placement = new EstimatePlacement { Id = id, ProvisionType = provision, Band = band, StartDate = start, FractionOfFullTime = fraction } };

    private async Task<HighNeedsEstimate> EstimateAsync(TestOrganisation caller, params EstimateHighNeedsRequest[] messages)
    {
        var client = new FundingPricing.FundingPricingClient(service.Factory.GrpcAs(caller));
        using var call = client.EstimateHighNeeds();
        try
        {
            foreach (var message in messages) await call.RequestStream.WriteAsync(message);
            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The server may refuse after the header and end the call while messages are still being written; the
            // write then fails with whatever the transport saw, and the call's own status says why.
        }
        return await call;
    }

    [Fact]
    public async Task A_streamed_batch_is_priced_totalled_and_set_against_the_budget()
    {
        var estimate = await EstimateAsync(TestOrganisation.La("931"),
            Header(), Placement("p1"), Placement("p2", fraction: "0.5"), Placement("p3", "MAINSTREAM", "B2"), Placement("bad", band: "B9"), Placement("", start: "x"));
        Assert.Equal((3, 2), (estimate.PlacementsPriced, estimate.PlacementsRejected));
        Assert.Equal(1_200_000 + 600_000 + 310_000, estimate.ForecastSpendPence);
        Assert.Equal(2_000_000 - 2_110_000, estimate.SurplusPence);
        Assert.Equal(["B1", "B2"], estimate.ByBand.Select(b => b.Key));
        Assert.Equal(["bad", ""], estimate.Problems.Select(p => p.PlacementId));
    }

    [Fact]
    public async Task Place_funding_priced_from_commissioned_places_and_other_commitments_count_against_the_budget()
    {
        var header = Header(budget: 30_000_000);
        header.Header.CommissionedPlaces.Add(new CommissionedPlaces { ProvisionType = "STATE_SPECIAL", Places = 20 });
        header.Header.CommissionedPlaces.Add(new CommissionedPlaces { ProvisionType = "AP", Places = 5 });
        header.Header.OtherCommitmentsPence = 1_500_000;
        var estimate = await EstimateAsync(TestOrganisation.La("931"), header, Placement("p1"));
        // Top-up £12,000; places 25 × £10,000 = £250,000; other £15,000: £277,000 against £300,000.
        Assert.Equal((1_200_000L, 25_000_000L, 1_500_000L, 27_700_000L, 2_300_000L),
            (estimate.TopUpPence, estimate.PlaceFundingPence, estimate.OtherCommitmentsPence, estimate.ForecastSpendPence, estimate.SurplusPence));
        Assert.Equal([("STATE_SPECIAL", 20, 1_000_000L, 20_000_000L), ("AP", 5, 1_000_000L, 5_000_000L)],
            estimate.PlaceFundingByProvisionType.Select(t => (t.ProvisionType, t.Places, t.PerPlacePence, t.TotalPence)));

        var stated = Header(budget: 30_000_000);
        stated.Header.PlaceFundingPence = 25_000_000;
        Assert.Equal(26_200_000, (await EstimateAsync(TestOrganisation.La("931"), stated, Placement("p1"))).ForecastSpendPence);
    }

    [Fact]
    public async Task Place_funding_is_stated_or_priced_from_places_never_both_and_places_must_be_national_types()
    {
        var header = Header();
        header.Header.PlaceFundingPence = 1_000_000;
        header.Header.CommissionedPlaces.Add(new CommissionedPlaces { ProvisionType = "AP", Places = 5 });
        header.Header.CommissionedPlaces.Add(new CommissionedPlaces { ProvisionType = "SPACESHIP", Places = 0 });
        header.Header.OtherCommitmentsPence = -1;
        var error = await Assert.ThrowsAsync<RpcException>(() => EstimateAsync(TestOrganisation.La("931"), header, Placement("p1")));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["header.other_commitments_pence", "header.commissioned_places[1].provision_type", "header.commissioned_places[1].places", "header.commissioned_places"],
            error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(f => f.Field));
    }

    [Fact]
    public async Task A_stream_must_open_with_its_header()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => EstimateAsync(TestOrganisation.La("931"), Placement("p1")));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_local_authority_may_estimate_only_its_own_area_and_a_school_not_at_all()
    {
        var other = await Assert.ThrowsAsync<RpcException>(() => EstimateAsync(TestOrganisation.La("202"), Header("931"), Placement("p1")));
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
        var school = await Assert.ThrowsAsync<RpcException>(() => EstimateAsync(TestOrganisation.School("100000"), Header("931")));
        Assert.Equal(StatusCode.PermissionDenied, school.StatusCode);
        var dfe = await EstimateAsync(TestOrganisation.Dfe, Header("931"), Placement("p1"));
        Assert.Equal(1, dfe.PlacementsPriced);
    }

    [Fact]
    public async Task Over_REST_the_same_estimate_reads_NDJSON_line_by_line()
    {
        var ndjson = new StringBuilder()
            .AppendLine("""{"laCode":"931","financialYear":"2026-27","highNeedsBudgetPence":"1000000"}""")
            .AppendLine("""{"id":"p1","provisionType":"STATE_SPECIAL","band":"B1","startDate":"2026-04-01"}""")
            .AppendLine("not json")
            .AppendLine("""{"id":"p2","provisionType":"MAINSTREAM","band":"B2","startDate":"2026-04-01"}""")
            .ToString();
        var client = service.Factory.RestAs(TestOrganisation.La("931"));
        var response = await client.PostAsync("/v1/funding/high-needs:estimate", new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, body.GetProperty("placementsPriced").GetInt32());
        Assert.Equal(1, body.GetProperty("placementsRejected").GetInt32());
        Assert.Equal("1510000", body.GetProperty("forecastSpendPence").GetString());
        Assert.Equal("-510000", body.GetProperty("surplusPence").GetString());
    }

    [Fact]
    public async Task Over_REST_a_bad_header_is_400_and_another_area_403_in_the_usual_error_shape()
    {
        var client = service.Factory.RestAs(TestOrganisation.La("931"));
        var bad = await client.PostAsync("/v1/funding/high-needs:estimate", new StringContent("""{"laCode":"99","financialYear":"2026"}""" + "\n"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["header.la_code", "header.financial_year"], JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.ViolatedFields());
        var other = await client.PostAsync("/v1/funding/high-needs:estimate", new StringContent("""{"laCode":"202","financialYear":"2026-27"}""" + "\n"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Factory.RestAs(null).PostAsync("/v1/funding/high-needs:estimate", new StringContent(""))).StatusCode);
    }

    [Fact]
    public async Task A_school_or_a_token_without_funding_read_is_refused_before_its_body_is_read()
    {
        // An empty body from an LA is a 400 about the header; from a school it is refused first, without reading it.
        var school = service.Factory.RestAs(TestOrganisation.School("100000"));
        var response = await school.PostAsync("/v1/funding/high-needs:estimate", new StringContent(""));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var la = await service.Factory.RestAs(TestOrganisation.La("931")).PostAsync("/v1/funding/high-needs:estimate", new StringContent(""));
        Assert.Equal(HttpStatusCode.BadRequest, la.StatusCode);
        var withoutScope = await service.Factory.RestAs(TestOrganisation.La("931"), scopes: ["movements.read"]).PostAsync("/v1/funding/high-needs:estimate", new StringContent(""));
        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
    }

    [Fact]
    public async Task A_line_longer_than_64_KiB_is_refused_naming_it()
    {
        var ndjson = """{"laCode":"931","financialYear":"2026-27"}""" + "\n" + """{"id":"p1","provisionType":"STATE_SPECIAL","band":"B1","startDate":"2026-04-01"}""" + "\n"
            + """{"id":"p2","note":" """ + new string('x', 70_000) + "\"}\n";
        var response = await service.Factory.RestAs(TestOrganisation.La("931")).PostAsync("/v1/funding/high-needs:estimate", new StringContent(ndjson));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["line 3"], body.ViolatedFields());
    }
}
