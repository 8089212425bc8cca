using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain;
using SendPlatform.InclusionPlans.Domain.Settings;
using SettingRecord = SendPlatform.InclusionPlans.Domain.Settings.Setting;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.InclusionPlans.Tests.Api;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionPlans.Tests.Data;

/// <summary>
/// The search reads its candidates from its own narrow table; these tests hold it to the lists a full scan gives (every
/// candidate's haversine distance computed, then sorted), on a fixed seed: 3,000 settings over England, one in twenty
/// at another's exact position (so URN must break the tie), children with and without a distance limit.
/// </summary>
public sealed class SettingsSearchTests(PlansWithStandardsService service) : IClassFixture<PlansWithStandardsService>
{
    private static readonly string[] Types = ["MAINSTREAM", "RESOURCED_PROVISION", "STATE_SPECIAL", "AP", "INDEPENDENT_SPECIAL"];
    private static readonly string[] Needs = ["ASD", "SLCN", "SEMH", "MLD", "SPLD"];
    private static readonly double?[] Limits = [null, 5, 30, 100];

    [Fact]
    public async Task The_search_gives_the_same_lists_and_totals_as_a_full_scan_on_a_fixed_seed()
    {
        var random = new Random(20261201);
        var register = Register(random, 3000);
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            db.Settings.AddRange(register);
            await db.SaveChangesAsync();
        }

        var compared = 0;
        var listed = 0;
        for (var i = 0; i < 300; i++)
        {
            var child = new ChildProfile("931", random.Next(4, 17), null, Needs[random.Next(Needs.Length)], "E",
                50.6 + random.NextDouble() * 4.3, -3.5 + random.NextDouble() * 5.0, Limits[random.Next(Limits.Length)], random.Next(1, 51));
            var types = Types.Where(_ => random.Next(3) > 0).ToArray();
            if (types.Length == 0) continue;

            await using var scope = service.Factory.Services.CreateAsyncScope();
            var found = await scope.ServiceProvider.GetRequiredService<SettingsSearch>().FindAsync(child, types, CancellationToken.None);
            var expected = FullScan(register, child, types);

            Assert.Equal(expected.List.Select(e => e.Setting.Urn), found.Select(f => f.Urn));
            Assert.All(found.Zip(expected.List), p => Assert.Equal(p.Second.DistanceKm, p.First.DistanceKm, 1e-9));
            if (found.Count > 0) Assert.Equal(expected.Total, found[0].TotalMatching);
            compared++;
            listed += found.Count;
        }
        // The comparison covered real lists, not empty ones.
        Assert.True(compared > 250 && listed > compared * 10, $"{compared} lists compared, {listed} settings listed");
    }

    [Fact]
    public async Task A_home_beyond_every_setting_s_reach_finds_nothing_and_a_national_search_from_there_finds_the_nearest()
    {
        var near = At("399001", 51.5, -0.1);
        var far = At("399002", 54.9, -1.6);
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            db.Settings.AddRange(near, far);
            await db.SaveChangesAsync();
        }
        // From the other side of the globe, where 100 km holds nothing of England.
        await using var lookup = service.Factory.Services.CreateAsyncScope();
        var search = lookup.ServiceProvider.GetRequiredService<SettingsSearch>();
        var limited = new ChildProfile("931", 7, null, "PMLD", "E", -51.0, 179.0, 100, 10);
        Assert.Empty(await search.FindAsync(limited, ["STATE_SPECIAL"], CancellationToken.None));

        var national = await search.FindAsync(limited with { MaxDistanceKm = null }, ["STATE_SPECIAL"], CancellationToken.None);
        // Near London's antipode (-51.5, 179.9), Northumberland is nearer than London is.
        Assert.Equal(["399002", "399001"], national.Select(r => r.Urn));
        Assert.All(national, r => Assert.Equal(2, r.TotalMatching));
        Assert.Equal(Haversine(-51.0, 179.0, 51.5, -0.1), national[1].DistanceKm, 1e-6);
        Assert.True(national[1].DistanceKm > 19_900, $"{national[1].DistanceKm} km");
    }

    [Fact]
    public async Task Settings_as_near_as_the_last_one_listed_are_listed_in_URN_order_whatever_order_the_index_meets_them()
    {
        // 200 settings in one building, stored one at a time in shuffled order (EF orders one save's inserts by key), a
        // list of 10: the index meets them in the order they were stored, and only the 10 lowest URNs may be listed.
        var random = new Random(20261203);
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            foreach (var i in Enumerable.Range(0, 200).OrderBy(_ => random.Next()))
            {
                db.Settings.Add(At((397000 + i).ToString(), 52.2, -0.9, "MAINSTREAM", "VI"));
                await db.SaveChangesAsync();
            }
        }
        await using var lookup = service.Factory.Services.CreateAsyncScope();
        var search = lookup.ServiceProvider.GetRequiredService<SettingsSearch>();
        var child = new ChildProfile("931", 9, null, "VI", "E", 53.0, -1.2, null, 10);

        var national = await search.FindAsync(child, ["MAINSTREAM"], CancellationToken.None);
        var limited = await search.FindAsync(child with { MaxDistanceKm = 150 }, ["MAINSTREAM"], CancellationToken.None);

        var lowest = Enumerable.Range(0, 10).Select(i => (397000 + i).ToString()).ToList();
        Assert.Equal(lowest, national.Select(r => r.Urn));
        Assert.Equal(lowest, limited.Select(r => r.Urn));
        Assert.All(national.Concat(limited), r => Assert.Equal(200, r.TotalMatching));
    }

    [Fact]
    public async Task A_search_in_a_transaction_that_filled_a_setting_counts_without_it_and_a_rollback_gives_it_back()
    {
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            db.Settings.AddRange(At("396001", 52.0, -1.0, "MAINSTREAM", "HI"), At("396002", 52.1, -1.1, "MAINSTREAM", "HI"));
            await db.SaveChangesAsync();
        }
        await using var lookup = service.Factory.Services.CreateAsyncScope();
        var writes = lookup.ServiceProvider.GetRequiredService<PlansDbContext>();
        var search = lookup.ServiceProvider.GetRequiredService<SettingsSearch>();
        var child = new ChildProfile("931", 9, null, "HI", "E", 52.0, -1.0, null, 10);
        Assert.All(await search.FindAsync(child, ["MAINSTREAM"], CancellationToken.None), r => Assert.Equal(2, r.TotalMatching));

        // Its last place filled: the counts change only at the commit, so the search reads this transaction's change with
        // them. The unit of work then fails, and takes the change back.
        IReadOnlyList<SettingsSearch.Row> inside = [];
        await Assert.ThrowsAsync<RolledBack>(() => writes.InTransactionAsync(async ct =>
        {
            await writes.ApplyAsync([("396001", 10)], DateTimeOffset.UtcNow, ct);
            inside = await search.FindAsync(child, ["MAINSTREAM"], ct);
            throw new RolledBack();
        }, CancellationToken.None));
        Assert.Equal("396002", Assert.Single(inside).Urn);
        Assert.Equal(1, inside[0].TotalMatching);

        Assert.All(await search.FindAsync(child, ["MAINSTREAM"], CancellationToken.None), r => Assert.Equal(2, r.TotalMatching));
    }

    [Fact]
    public async Task Each_kind_of_search_is_prepared_once_on_a_connection_and_reused()
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<SettingsSearch>();
        // Held open, so every search and the check run on one session, whose prepared statements the check reads. The
        // pool may hand over a session that ran searches before, so each kind is counted, not the session's total.
        await db.Database.OpenConnectionAsync();
        var child = new ChildProfile("931", 9, null, "PMLD", "E", 52.5, -1.5, null, 10);
        await search.FindAsync(child, ["STATE_SPECIAL"], CancellationToken.None);
        await search.FindAsync(child with { Age = 12 }, ["STATE_SPECIAL", "AP"], CancellationToken.None);
        Assert.Equal(1, await PreparedAsync(db, "%FROM setting_search q%", except: "%BETWEEN%"));
        await search.FindAsync(child with { MaxDistanceKm = 30 }, ["STATE_SPECIAL"], CancellationToken.None);
        await search.FindAsync(child with { MaxDistanceKm = 80 }, ["AP"], CancellationToken.None);
        Assert.Equal(1, await PreparedAsync(db, "%FROM setting_search q%BETWEEN $11 AND $12%", except: "-"));
        Assert.Equal(1, await PreparedAsync(db, "%FROM setting_search q%", except: "%BETWEEN%"));
    }

    private sealed class RolledBack : Exception;

    private static async Task<int> PreparedAsync(PlansDbContext db, string like, string except) => await db.Database
        .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE {like} AND statement NOT LIKE {except}").SingleAsync();

    private static SettingRecord At(string urn, double latitude, double longitude, string provisionType = "STATE_SPECIAL", string need = "PMLD") =>
        SettingRecord.From(new SettingDetails(urn, $"Setting {urn}", "931", provisionType, Phase.AllThrough, 4, 19, latitude, longitude,
            new Dictionary<string, int> { [need] = 10 }, 0), "test", DateTimeOffset.UtcNow);

    private static List<SettingRecord> Register(Random random, int count)
    {
        var register = new List<SettingRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var twin = i > 0 && random.Next(20) == 0 ? register[random.Next(i)] : null;
            var (latitude, longitude) = twin is null ? (50.6 + random.NextDouble() * 4.3, -3.5 + random.NextDouble() * 5.0) : (twin.Latitude, twin.Longitude);
            var ageFrom = random.Next(2, 12);
            var places = Needs.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToDictionary(n => n, _ => random.Next(0, 30));
            var total = places.Values.Sum();
            var filled = random.Next(8) == 0 ? total : random.Next(total + 1);
            register.Add(SettingRecord.From(new SettingDetails((300000 + i).ToString(), $"Setting {i}", "931", Types[random.Next(Types.Length)],
                Phase.AllThrough, ageFrom, ageFrom + random.Next(3, 14), latitude, longitude, places, filled), "test", DateTimeOffset.UtcNow));
        }
        return register;
    }

    private static (List<(SettingRecord Setting, double DistanceKm)> List, int Total) FullScan(IEnumerable<SettingRecord> register, ChildProfile child, string[] types)
    {
        var matching = register
            .Where(s => types.Contains(s.ProvisionType) && s.AgeFrom <= child.Age && s.AgeTo >= child.Age && s.PlacesFilled < s.TotalPlaces
                        && s.Needs.Contains(child.PrimaryNeed))
            .Select(s => (Setting: s, DistanceKm: Haversine(child.HomeLatitude, child.HomeLongitude, s.Latitude, s.Longitude)))
            .Where(m => child.MaxDistanceKm is not { } km || m.DistanceKm <= km)
            .ToList();
        var list = matching
            .OrderBy(m => Suitability.FirstChoice.Contains(m.Setting.ProvisionType) ? 0 : 1).ThenBy(m => m.DistanceKm).ThenBy(m => m.Setting.Urn, StringComparer.Ordinal)
            .Take(child.MaxResults).ToList();
        return (list, matching.Count);
    }

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.Asin(Math.Sqrt(a));
    }
}
