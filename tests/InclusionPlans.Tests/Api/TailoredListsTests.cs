using SendPlatform.SharedKernel.Identifiers;
using System.Net;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MassTransit;
using SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.Contracts.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.ServiceDefaults.Retention;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionPlans.Tests.Api;

/// <summary>
/// A child in Oxford (51.7520, -1.2577) with autism, aged 7. Distances are great-circle with R = 6,371.0088 km, and
/// each setting lies due east or due north of home, so each is one line of arithmetic:
/// A due east by 0.0577°: R × cos 51.752° × 0.0577 × π/180 = 3.97 km. B due north by 0.001°: R × 0.001 × π/180 = 0.11 km.
/// G due north by 0.148°: R × 0.148 × π/180 = 16.46 km, over the border in Buckinghamshire (825).
/// Standards 2026.1 match MAINSTREAM to ASD and SEMH, STATE_SPECIAL to ASD, AP to SEMH.
/// </summary>
public sealed class TailoredListsTests(PlansWithStandardsService service) : IClassFixture<PlansWithStandardsService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    private static Setting Row(string urn, string la, string type, int ageFrom, int ageTo, double lat, double lon, string need, int places, int filled = 0) => new()
    {
        Urn = urn, Name = $"Setting {urn}", LaCode = la, ProvisionType = type, Phase = Phase.AllThrough, AgeFrom = ageFrom, AgeTo = ageTo,
        Latitude = lat, Longitude = lon, Places = { new NeedPlaces { NeedCode = need, Places = places } }, PlacesFilled = filled,
    };

    private static readonly Setting[] Register =
    [
        Row("300001", "931", "MAINSTREAM", 4, 11, 51.7520, -1.2000, "ASD", 5),          // A
        Row("300002", "931", "STATE_SPECIAL", 4, 19, 51.7530, -1.2577, "ASD", 10, 2),   // B
        Row("300003", "931", "RESOURCED_PROVISION", 4, 11, 51.7521, -1.2577, "ASD", 8), // not matched to ASD by 2026.1
        Row("300004", "931", "MAINSTREAM", 11, 16, 51.7522, -1.2577, "ASD", 8),         // too old
        Row("300005", "931", "MAINSTREAM", 4, 11, 51.7523, -1.2577, "ASD", 8, 8),       // full
        Row("300006", "931", "MAINSTREAM", 4, 11, 51.7524, -1.2577, "SEMH", 8),         // no ASD places
        Row("300007", "825", "MAINSTREAM", 4, 11, 51.9000, -1.2577, "ASD", 3),          // G
    ];

    private async Task<LoadSettingsResult> LoadAsync(TestOrganisation who, params Setting[] rows)
    {
        using var call = new Settings.SettingsClient(service.Factory.GrpcAs(who)).LoadSettings();
        try
        {
            foreach (var row in rows) await call.RequestStream.WriteAsync(row);
            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The server refused before reading (e.g. who may load): its answer, not the broken write, is the result.
        }
        return await call;
    }

    // The other tests' settings are in Manchester, ~200 km away, so a 100 km search sees only this register.
    private const double ManchesterLatitude = 53.4808, ManchesterLongitude = -2.2426;

    private static object Child(string sen = "E", double maxKm = 100, double latitude = 51.7520, double longitude = -1.2577) => new
    {
        laCode = "931", age = 7, primaryNeed = "ASD", senProvision = sen, home = new { latitude, longitude }, maxDistanceKm = maxKm,
    };

    private static object ChildInManchester() => Child(sen: "K", maxKm: 0, ManchesterLatitude, ManchesterLongitude);

    private static List<(string, double, bool)> Listed(System.Text.Json.JsonElement list) =>
        list.GetProperty("settings").EnumerateArray()
            .Select(s => (s.GetProperty("urn").GetString()!, s.GetProperty("distanceKm").GetDouble(), s.GetProperty("outsideLa").GetBoolean())).ToList();

    [Fact]
    public async Task A_list_holds_suitable_settings_for_the_age_with_a_place_mainstream_first_then_nearest_and_is_kept()
    {
        Assert.Equal((7, 7, 0), (await LoadAsync(TestOrganisation.Dfe, Register)) is var r ? (r.Received, r.Loaded, r.Rejected) : default);
        await using var drawnEvents = await EventsObserver<TailoredListDrawn, TailoredListsDrawn>.StartAsync(service.MessagingConnectionString);

        var (status, list) = await _la.PostJsonAsync("/v1/tailored-lists", Child());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([("300001", 3.97, false), ("300007", 16.46, true), ("300002", 0.11, false)], Listed(list));
        Assert.Equal((3, "2026.1", 8), (list.GetProperty("totalMatching").GetInt32(), list.GetProperty("standardsVersion").GetString(),
            list.GetProperty("settings")[2].GetProperty("placesAvailable").GetInt32()));

        // SEN support: no special school. Within 10 km: not Buckinghamshire.
        (_, var support) = await _la.PostJsonAsync("/v1/tailored-lists", Child(sen: "K"));
        Assert.Equal(["300001", "300007"], Listed(support).Select(s => s.Item1));
        (_, var near) = await _la.PostJsonAsync("/v1/tailored-lists", Child(maxKm: 10));
        Assert.Equal(["300001", "300002"], Listed(near).Select(s => s.Item1));

        // Kept as drawn, for the child's LA only.
        var path = $"/v1/tailored-lists/{list.GetProperty("id").GetString()}";
        var (_, again) = await _la.GetJsonAsync(path);
        Assert.Equal(Listed(list), Listed(again));
        Assert.Equal(7, again.GetProperty("request").GetProperty("age").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("825")).GetJsonAsync(path)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("825")).PostJsonAsync("/v1/tailored-lists", Child())).Status);

        // A retried request with its key returns the list first drawn, not a second one.
        var keyed = new Dictionary<string, object> { ["laCode"] = "931", ["age"] = 7, ["primaryNeed"] = "ASD", ["senProvision"] = "E",
            ["home"] = new { latitude = 51.7520, longitude = -1.2577 }, ["maxDistanceKm"] = 100, ["idempotencyKey"] = "child-42-2026" };
        var (_, firstDraw) = await _la.PostJsonAsync("/v1/tailored-lists", keyed);
        var (_, retried) = await _la.PostJsonAsync("/v1/tailored-lists", keyed);
        Assert.Equal(firstDraw.GetProperty("id").GetString(), retried.GetProperty("id").GetString());
        Assert.NotEqual(list.GetProperty("id").GetString(), firstDraw.GetProperty("id").GetString());

        // Each list drawn is announced once (the retried one not again), with its first suggestion's type and nothing of the child.
        await Eventually.Get(() => Task.FromResult(drawnEvents.Received.Count), n => n >= 4, "TailoredListDrawn");
        await Task.Delay(500);
        Assert.Equal(4, drawnEvents.Received.Count);
        var first = drawnEvents.Received.Single(e => e.GetProperty("listId").GetString() == list.GetProperty("id").GetString());
        Assert.Equal(("931", 3, "MAINSTREAM"), (first.GetProperty("laCode").GetString(), first.GetProperty("settingsListed").GetInt32(), first.GetProperty("firstProvisionType").GetString()));
        Assert.False(first.TryGetProperty("child", out _));
    }

    [Fact]
    public async Task Draws_racing_with_one_idempotency_key_all_answer_with_the_one_list_kept()
    {
        var keyed = new Dictionary<string, object> { ["laCode"] = "931", ["age"] = 7, ["primaryNeed"] = "ASD", ["senProvision"] = "K",
            ["home"] = new { latitude = ManchesterLatitude, longitude = ManchesterLongitude }, ["idempotencyKey"] = "raced-" + Guid.NewGuid() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _la.PostJsonAsync("/v1/tailored-lists", keyed)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var id = Assert.Single(answers.Select(a => a.Body.GetProperty("id").GetString()).Distinct());
        await using var db = new PlansDbContext(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        Assert.Equal(id, (await db.TailoredLists.SingleAsync(l => l.IdempotencyKey == (string)keyed["idempotencyKey"])).Id.ToString());
    }

    [Fact]
    public async Task A_key_longer_than_the_column_is_refused_as_the_callers_mistake_and_nothing_is_kept()
    {
        var tooLong = new string('k', 101);
        var keyed = new Dictionary<string, object> { ["laCode"] = "931", ["age"] = 7, ["primaryNeed"] = "ASD", ["senProvision"] = "K",
            ["home"] = new { latitude = ManchesterLatitude, longitude = ManchesterLongitude }, ["idempotencyKey"] = tooLong };

        var (status, error) = await _la.PostJsonAsync("/v1/tailored-lists", keyed);

        Assert.Equal((HttpStatusCode.BadRequest, "idempotency_key"), (status, error.ViolatedFields().Single()));
        await using var db = new PlansDbContext(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        Assert.False(await db.TailoredLists.AnyAsync(l => l.IdempotencyKey!.StartsWith("kkkkk")));
    }

    private Task<IReadOnlyDictionary<string, int>> PurgeAt(DateTimeOffset now) => RetentionAt.RunAsync<PlansDbContext>(service.Factory.Services, now);

    [Fact]
    public async Task After_90_days_the_home_location_is_removed_and_the_list_is_otherwise_kept_as_drawn()
    {
        await LoadAsync(TestOrganisation.Dfe, Row("320001", "931", "MAINSTREAM", 4, 11, ManchesterLatitude, ManchesterLongitude + 0.01, "ASD", 5));
        var (_, drawn) = await _la.PostJsonAsync("/v1/tailored-lists", ChildInManchester());
        var path = $"/v1/tailored-lists/{drawn.GetProperty("id").GetString()}";
        var drawnAt = DateTimeOffset.Parse(drawn.GetProperty("createdAt").GetString()!);

        await PurgeAt(drawnAt.AddDays(90).AddSeconds(-1));
        var (_, kept) = await _la.GetJsonAsync(path);
        Assert.Equal(ManchesterLatitude, kept.GetProperty("request").GetProperty("home").GetProperty("latitude").GetDouble());
        Assert.False(kept.TryGetProperty("homeRemovedAt", out _));

        var purged = await PurgeAt(drawnAt.AddDays(90).AddSeconds(1));
        Assert.True(purged["tailored lists' home locations"] >= 1);
        var (_, after) = await _la.GetJsonAsync(path);
        Assert.False(after.GetProperty("request").TryGetProperty("home", out _));
        Assert.Equal(drawnAt.AddDays(90).AddSeconds(1), DateTimeOffset.Parse(after.GetProperty("homeRemovedAt").GetString()!));
        Assert.Equal(Listed(drawn), Listed(after));
        Assert.Equal(("ASD", "K"), (after.GetProperty("request").GetProperty("primaryNeed").GetString(), after.GetProperty("request").GetProperty("senProvision").GetString()));

        // Gone from the database, not just from the answer; and a second purge changes nothing more.
        await using var db = new PlansDbContext(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        var stored = await db.Database.SqlQuery<string>($"SELECT \"Child\"::text AS \"Value\" FROM tailored_lists WHERE \"Id\" = {Guid.Parse(drawn.GetProperty("id").GetString()!)}").SingleAsync();
        Assert.DoesNotContain("home", stored, StringComparison.OrdinalIgnoreCase);
        await PurgeAt(drawnAt.AddDays(91));
        Assert.Equal(after.GetProperty("homeRemovedAt").GetString(), (await _la.GetJsonAsync(path)).Body.GetProperty("homeRemovedAt").GetString());
    }

    [Fact]
    public async Task A_kept_lists_settings_are_compressed_with_lz4()
    {
        // A list of settings runs to kilobytes, so each one stored is compressed; lz4 for about half pglz's CPU (bench/RESULTS.md).
        await using var db = new PlansDbContext(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        var method = await db.Database.SqlQuery<string>(
            $"SELECT attcompression::text AS \"Value\" FROM pg_attribute WHERE attrelid = 'tailored_lists'::regclass AND attname = 'Settings'").SingleAsync();
        Assert.Equal("l", method);
    }

    [Fact]
    public async Task Occupancy_follows_movements_and_AP_placements_and_a_full_setting_drops_off_the_list()
    {
        await LoadAsync(TestOrganisation.Dfe, Row("310001", "931", "MAINSTREAM", 4, 11, ManchesterLatitude, ManchesterLongitude, "ASD", 2, 1),
            Row("310002", "931", "AP", 5, 16, ManchesterLatitude, ManchesterLongitude, "SEMH", 4));
        var bus = service.Factory.Services.GetRequiredService<IBus>();
        var admitted = new PupilMoved(Guid.NewGuid(), "H801200001001", "Admission", new DateOnly(2026, 11, 2), null, "310001", null, "931", "E");
        await bus.Publish(admitted);
        await bus.Publish(admitted); // redelivered: counted once
        var placed = new ApPlacementStarted(Guid.NewGuid(), "B801200005001", "931", ApTiers.TimeLimited, "310002", "310001",
            new DateOnly(2026, 11, 2), new DateOnly(2027, 1, 29), new DateOnly(2013, 5, 1), "K", "SEMH");
        await bus.Publish(placed);

        var full = await Eventually.Get(async () => (await _la.GetJsonAsync("/v1/settings/310001")).Body,
            s => s.GetProperty("placesFilled").GetInt32() == 2, "the admission to fill the last place");
        await Eventually.Get(async () => (await _la.GetJsonAsync("/v1/settings/310002")).Body,
            s => s.GetProperty("placesFilled").GetInt32() == 1, "the AP placement to fill a place");
        var (_, list) = await _la.PostJsonAsync("/v1/tailored-lists", ChildInManchester());
        Assert.DoesNotContain("310001", Listed(list).Select(s => s.Item1));

        await bus.Publish(new PupilMoved(Guid.NewGuid(), "H801200001001", "Deletion", new DateOnly(2026, 11, 20), "310001", null, "Other school", "931", "E"));
        await bus.Publish(new ApPlacementEnded(placed.PlacementId, placed.Upn, "931", ApTiers.TimeLimited, "310002", new DateOnly(2026, 12, 18), "ReturnedToHomeSchool", null));
        await Eventually.Get(async () => (await _la.GetJsonAsync("/v1/settings/310001")).Body, s => s.GetProperty("placesFilled").GetInt32() == 1, "the deletion to free a place");
        await Eventually.Get(async () => (await _la.GetJsonAsync("/v1/settings/310002")).Body, s => s.GetProperty("placesFilled").GetInt32() == 0, "the AP place to be freed");
        (_, list) = await _la.PostJsonAsync("/v1/tailored-lists", ChildInManchester());
        Assert.Contains("310001", Listed(list).Select(s => s.Item1));

        // Consumers take events in any order: a deletion that overtakes its admission still nets to nothing.
        var (_, before) = await _la.GetJsonAsync("/v1/settings/310002");
        var leaver = new PupilMoved(Guid.NewGuid(), "G80120000101A", "Deletion", new DateOnly(2026, 11, 21), "310002", null, "Other school", "931", "K");
        await bus.Publish(leaver);
        var early = await Eventually.Get(async () => (await _la.GetJsonAsync("/v1/settings/310002")).Body,
            s => s.GetProperty("updatedAt").GetString() != before.GetProperty("updatedAt").GetString(), "the early deletion to be applied");
        Assert.Equal(0, early.GetProperty("placesFilled").GetInt32());
        await bus.Publish(leaver with { EventId = Guid.NewGuid(), MovementId = Guid.NewGuid(), Type = "Admission", FromUrn = null, ToUrn = "310002" });
        await bus.Publish(new PupilMoved(Guid.NewGuid(), "H801200001001", "Admission", new DateOnly(2026, 11, 22), null, "310002", null, "931", "K"));
        await Eventually.Get(async () => (await _la.GetJsonAsync("/v1/settings/310002")).Body, s => s.GetProperty("placesFilled").GetInt32() == 1,
            "the admissions to leave one place filled");
    }

    [Fact]
    public async Task A_load_reports_each_bad_row_by_position_and_keeps_the_good_ones_and_an_LA_keeps_only_its_own()
    {
        var bad = Row("320002", "931", "CASTLE", 12, 4, 40.0, -1.2, "ADHD", 3);
        var result = await LoadAsync(TestOrganisation.La("931"),
            Row("320001", "931", "MAINSTREAM", 4, 11, ManchesterLatitude, ManchesterLongitude, "ASD", 3), bad,
            Row("320001", "931", "MAINSTREAM", 4, 11, ManchesterLatitude, ManchesterLongitude, "ASD", 3),
            Row("320003", "825", "MAINSTREAM", 4, 11, ManchesterLatitude, ManchesterLongitude, "ASD", 3));
        Assert.Equal((4, 1, 3), (result.Received, result.Loaded, result.Rejected));
        Assert.Equal([(2, "provision_type"), (2, "age_to"), (2, "latitude"), (2, "places"), (3, "urn"), (4, "la_code")],
            result.Errors.Select(e => (e.Row, e.Field)));
        Assert.Equal(HttpStatusCode.NotFound, (await _la.GetJsonAsync("/v1/settings/320002")).Status);
        var (_, listed) = await service.Factory.RestAs(TestOrganisation.School("100000")).GetJsonAsync("/v1/local-authorities/931/settings?provisionType=MAINSTREAM");
        Assert.Contains(listed.GetProperty("settings").EnumerateArray(), s => s.GetProperty("urn").GetString() == "320001");

        var refused = await Assert.ThrowsAsync<RpcException>(() => LoadAsync(TestOrganisation.School("100000"), Register[0]));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        // One setting at a time: an LA may not put a setting on another area's register, nor take over one already there.
        var buckinghamshire = service.Factory.RestAs(TestOrganisation.La("825"));
        Assert.Equal(HttpStatusCode.Forbidden, (await buckinghamshire.SendAsync(HttpMethod.Put, "/v1/settings/320004",
            JsonFormatter.Default.Format(Row("320004", "931", "MAINSTREAM", 4, 11, ManchesterLatitude, ManchesterLongitude, "ASD", 3)))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await buckinghamshire.SendAsync(HttpMethod.Put, "/v1/settings/320001",
            JsonFormatter.Default.Format(Row("320001", "825", "MAINSTREAM", 4, 11, ManchesterLatitude, ManchesterLongitude, "ASD", 3)))).Status);
        var (status, error) = await _la.SendAsync(HttpMethod.Put, "/v1/settings/320005", JsonFormatter.Default.Format(Row("320005", "931", "CASTLE", 4, 11, 0, 0, "ASD", 3)));
        Assert.Equal(["setting.provision_type", "setting.latitude"], error.ViolatedFields());
        var (_, kept) = await _la.GetJsonAsync("/v1/settings/320001");
        Assert.Equal("931", kept.GetProperty("laCode").GetString());
        (status, error) = await _la.PostJsonAsync("/v1/tailored-lists", new { laCode = "931", yearGroup = "Y3", primaryNeed = "XYZ", senProvision = "Q", maxResults = 900 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["year_group", "primary_need", "sen_provision", "home", "max_results"], error.ViolatedFields());
    }
}
