using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

public sealed class PlacementsApiTests(ApWithFundingService service) : IClassFixture<ApWithFundingService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    private async Task<string> TimeLimitedCommissionAsync(string urn, int places)
    {
        var provider = await _la.ProviderAsync(urn);
        return await _la.CommissionAsync(provider, places, "931");
    }

    [Fact]
    public async Task A_placement_is_announced_and_pupil_movements_records_the_pupil_into_and_out_of_AP()
    {
        await using var observer = await BrokerObserver.StartAsync<ApPlacementStarted>(service.MessagingConnectionString);
        var commission = await TimeLimitedCommissionAsync("160001", 2);
        var upn = PlacementCalls.Upn(1);
        var (status, placement) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, upn));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((1, "AP_TIER_TIME_LIMITED"), (placement.GetProperty("placeNumber").GetInt32(), placement.GetProperty("tier").GetString()));

        var started = await Eventually.Get(() => Task.FromResult(observer.Received.Where(r => r.Message.GetProperty("upn").GetString() == upn).ToList()), l => l.Count >= 1, "ApPlacementStarted");
        Assert.Equal(("TimeLimited", "160001", "2026-12-18"), (started[0].Message.GetProperty("tier").GetString(),
            started[0].Message.GetProperty("providerUrn").GetString(), started[0].Message.GetProperty("plannedEndDate").GetString()));

        var movementsLa = service.Movements.RestAs(TestOrganisation.La("931"));
        var timeline = await Eventually.Get(async () => (await movementsLa.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Body,
            t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty("status", out _), "the into-AP movement");
        Assert.Equal(("PUPIL_STATUS_IN_AP", "160001"), (timeline.GetProperty("status").GetString(), timeline.GetProperty("statusUrn").GetString()));

        (status, var ended) = await _la.PostJsonAsync($"/v1/ap/placements/{placement.GetProperty("id").GetString()}:end",
            new { endDate = "2026-12-18", outcome = "PLACEMENT_OUTCOME_RETURNED_TO_HOME_SCHOOL" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PLACEMENT_OUTCOME_RETURNED_TO_HOME_SCHOOL", ended.GetProperty("outcome").GetString());
        timeline = await Eventually.Get(async () => (await movementsLa.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Body,
            t => t.GetProperty("movements").GetArrayLength() == 2, "the out-of-AP movement");
        Assert.Equal(("PUPIL_STATUS_ON_ROLL", "100000"), (timeline.GetProperty("status").GetString(), timeline.GetProperty("statusUrn").GetString()));
    }

    [Fact]
    public async Task A_place_holds_one_pupil_at_a_time()
    {
        var commission = await TimeLimitedCommissionAsync("160002", 1);
        var (_, first) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(2)));
        var (status, error) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(3), start: "2026-11-02", plannedEnd: "2027-01-29"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["commission_id"], error.PreconditionSubjects());

        await _la.PostJsonAsync($"/v1/ap/placements/{first.GetProperty("id").GetString()}:end", new { endDate = "2026-10-30", outcome = "PLACEMENT_OUTCOME_RETURNED_TO_HOME_SCHOOL" });
        (status, var second) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(3), start: "2026-11-02", plannedEnd: "2027-01-29"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, second.GetProperty("placeNumber").GetInt32());
    }

    [Fact]
    public async Task Each_tier_asks_for_what_it_needs()
    {
        var commission = await TimeLimitedCommissionAsync("160003", 5);
        var (status, error) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(4))
            .With("homeSchoolUrn", "").With("plannedEndDate", "2027-04-30"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["home_school_urn", "planned_end_date"], error.ViolatedFields());
        Assert.Contains("two terms", error.GetRawText());

        var transitionalProvider = await _la.ProviderAsync("160004");
        var transitional = await _la.CommissionAsync(transitionalProvider, 2, "931", tier: "AP_TIER_TRANSITIONAL");
        (status, error) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(transitional, PlacementCalls.Upn(5)).With("plannedEndDate", ""));
        Assert.Equal(["intended_destination_urn"], error.ViolatedFields());
        (status, _) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(transitional, PlacementCalls.Upn(5))
            .With("plannedEndDate", "").With("intendedPost16Destination", "FE_COLLEGE"));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task An_unregistered_provider_takes_4_full_time_pupils_but_not_a_5th_nor_1_with_an_EHC_plan()
    {
        var (_, unregistered) = await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Unregistered("FARM-1").With("capacity", 10));
        var commission = await _la.CommissionAsync(unregistered.GetProperty("id").GetString()!, 10, "931", tier: "AP_TIER_TARGETED_SUPPORT", band: "");
        Dictionary<string, object> Outreach(int serial, bool fullTime = true, string sen = "K") => new()
        {
            ["commissionId"] = commission,
            ["pupil"] = new { upn = PlacementCalls.Upn(serial), dateOfBirth = "2012-03-01", senProvision = sen, primaryNeed = "SEMH" },
            ["fullTime"] = fullTime,
            ["startDate"] = "2026-10-05",
            ["homeSchoolUrn"] = "100000",
        };

        var (status, error) = await _la.PostJsonAsync("/v1/ap/placements", Outreach(10, sen: "E"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Contains("EHC plan", error.GetProperty("message").GetString());
        for (var i = 11; i <= 14; i++) Assert.Equal(HttpStatusCode.OK, (await _la.PostJsonAsync("/v1/ap/placements", Outreach(i))).Status);
        (status, error) = await _la.PostJsonAsync("/v1/ap/placements", Outreach(15));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Contains("5 full-time pupils", error.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _la.PostJsonAsync("/v1/ap/placements", Outreach(16, fullTime: false))).Status);
    }

    [Fact]
    public async Task Only_the_commissioning_LA_places_and_ends_and_only_it_and_the_provider_read_a_placement()
    {
        var commission = await TimeLimitedCommissionAsync("160005", 3);
        var other = service.Factory.RestAs(TestOrganisation.La("202"));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(20)))).Status);
        var request = PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(21)).With("idempotencyKey", "p-21");
        var (_, placement) = await _la.PostJsonAsync("/v1/ap/placements", request);
        var (_, repeat) = await _la.PostJsonAsync("/v1/ap/placements", request);
        var id = placement.GetProperty("id").GetString();
        Assert.Equal(id, repeat.GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.OK, (await service.Factory.RestAs(new TestOrganisation("ap_provider", "160005")).GetJsonAsync($"/v1/ap/placements/{id}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(new TestOrganisation("ap_provider", "160001")).GetJsonAsync($"/v1/ap/placements/{id}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetJsonAsync($"/v1/ap/placements/{id}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync($"/v1/ap/placements/{id}:end", new { endDate = "2026-11-01", outcome = "PLACEMENT_OUTCOME_OTHER", reason = "x" })).Status);
        var (status, error) = await _la.PostJsonAsync($"/v1/ap/placements/{id}:end", new { endDate = "2026-11-01", outcome = "PLACEMENT_OUTCOME_MOVED_TO_ANOTHER_SCHOOL" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["destination_urn"], error.ViolatedFields());
        Assert.Equal(HttpStatusCode.NotFound, (await _la.GetJsonAsync($"/v1/ap/placements/{Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task A_pupil_deleted_from_the_providers_roll_while_placed_flags_the_placement_for_review()
    {
        var commission = await TimeLimitedCommissionAsync("160006", 2);
        var upn = PlacementCalls.Upn(30);
        var (_, placement) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, upn));
        var id = placement.GetProperty("id").GetString();
        var movementsLa = service.Movements.RestAs(TestOrganisation.La("931"));
        await Eventually.Get(async () => (await movementsLa.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Status, s => s == HttpStatusCode.OK, "the into-AP movement");

        // The provider's own deletion flags the placement; the home school's, recorded by the LA after it, says nothing more.
        // (The provider may notify only while the pupil is on its roll, so its deletion comes first.)
        var deletion = new Dictionary<string, object>
        {
            ["upn"] = upn, ["type"] = "MOVEMENT_TYPE_DELETION", ["effectiveDate"] = "2026-11-02",
            ["deletionGround"] = "CONTINUOUS_ABSENCE", ["destination"] = "UNKNOWN",
            ["pupil"] = new { dateOfBirth = "2012-03-01", senProvision = "K", primaryNeed = "SEMH" },
        };
        deletion["fromUrn"] = "160006";
        Assert.Equal(HttpStatusCode.OK, (await service.Movements.RestAs(new TestOrganisation("ap_provider", "160006")).PostJsonAsync("/v1/movements", deletion)).Status);
        deletion["fromUrn"] = "100000";
        Assert.Equal(HttpStatusCode.OK, (await movementsLa.PostJsonAsync("/v1/movements", deletion)).Status);

        var flagged = await Eventually.Get(async () => (await _la.GetJsonAsync($"/v1/ap/placements/{id}")).Body,
            p => p.TryGetProperty("reviewFlaggedAt", out _), "the review flag");
        Assert.Equal("Deleted from 160006's roll on 2026-11-02 while the placement is open.", flagged.GetProperty("reviewReason").GetString());
    }

    [Fact]
    public async Task Bad_placements_are_400_naming_each_field_and_place_nobody()
    {
        var commission = await TimeLimitedCommissionAsync("160007", 2);
        var upn = PlacementCalls.Upn(40);
        var wrongCheckLetter = (upn[0] == 'A' ? "B" : "A") + upn[1..];
        var (status, error) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, upn)
            .With("pupil", new { upn = wrongCheckLetter, dateOfBirth = "2099-01-01", senProvision = "X", primaryNeed = "XYZ" }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["pupil.upn", "pupil.date_of_birth", "pupil.sen_provision", "pupil.primary_need"], error.ViolatedFields());

        (status, error) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, upn, start: "2027-03-01", plannedEnd: "2027-04-30"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["planned_end_date"], error.PreconditionSubjects());
        (status, error) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, upn, start: "2026-08-03", plannedEnd: "2026-10-30"));
        Assert.Equal(["start_date"], error.PreconditionSubjects());

        var (_, outreachProvider) = await _la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Unregistered("OUTREACH-40"));
        var outreach = await _la.CommissionAsync(outreachProvider.GetProperty("id").GetString()!, 2, "931", tier: "AP_TIER_TARGETED_SUPPORT", band: "");
        (status, error) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(outreach, upn).With("homeSchoolUrn", ""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["home_school_urn"], error.ViolatedFields());
        Assert.Equal(HttpStatusCode.NotFound, (await service.Movements.RestAs(TestOrganisation.La("931")).GetJsonAsync($"/v1/pupils/{upn}/timeline")).Status);
    }

    [Fact]
    public async Task A_placement_ends_with_an_outcome_it_can_explain_and_not_before_it_started()
    {
        var commission = await TimeLimitedCommissionAsync("160009", 2);
        var (_, placement) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(41)));
        var path = $"/v1/ap/placements/{placement.GetProperty("id").GetString()}:end";

        var (status, error) = await _la.PostJsonAsync(path, new { endDate = "2026-11-01", outcome = "PLACEMENT_OUTCOME_OTHER" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["reason"], error.ViolatedFields());
        (status, error) = await _la.PostJsonAsync(path, new { endDate = "2026-10-01", outcome = "PLACEMENT_OUTCOME_RETURNED_TO_HOME_SCHOOL" });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["end_date"], error.PreconditionSubjects());

        var (_, ended) = await _la.PostJsonAsync(path, new { endDate = "2026-11-06", outcome = "PLACEMENT_OUTCOME_POST16_EET" });
        var (_, again) = await _la.PostJsonAsync(path, new { endDate = "2026-11-20", outcome = "PLACEMENT_OUTCOME_RETURNED_TO_HOME_SCHOOL" });
        Assert.Equal(("2026-11-06", "PLACEMENT_OUTCOME_POST16_EET"), (again.GetProperty("endDate").GetString(), again.GetProperty("outcome").GetString()));
        Assert.Equal(ended.GetProperty("endDate").GetString(), again.GetProperty("endDate").GetString());
    }
}
