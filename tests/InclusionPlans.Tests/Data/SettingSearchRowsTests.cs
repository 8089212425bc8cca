using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.InclusionPlans.Tests.Api;
using SettingRecord = SendPlatform.InclusionPlans.Domain.Settings.Setting;

namespace SendPlatform.InclusionPlans.Tests.Data;

/// <summary>
/// setting_search, the search's own table, is kept by triggers: after settings are added, changed (needs, ages, type,
/// position), filled and freed through the occupancy ledger, removed, and truncated, it holds exactly a row per setting with a
/// free place and need it has places for, with that setting's values, on a fixed seed; and the counts the national
/// search sums (setting_search_counts) agree with those rows once each change commits.
/// </summary>
public sealed class SettingSearchRowsTests(PlansWithStandardsService service) : IClassFixture<PlansWithStandardsService>
{
    private static readonly string[] Needs = ["ASD", "SLCN", "SEMH", "MLD"];
    private static readonly string[] Types = ["MAINSTREAM", "STATE_SPECIAL", "AP"];

    private sealed record SearchRow(string Urn, string Need, string ProvisionType, int AgeFrom, int AgeTo, double X, double Y, double Z);

    [Fact]
    public async Task The_search_rows_follow_every_change_to_a_setting()
    {
        var random = new Random(20261202);
        var urns = Enumerable.Range(410000, 200).Select(u => u.ToString()).ToArray();
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            db.Settings.AddRange(urns.Select(u => SettingRecord.From(Details(u, random), "test", DateTimeOffset.UtcNow)));
            await db.SaveChangesAsync();
        }
        await AssertRowsFollowSettingsAsync(urns);

        // Details changed for a third: needs, ages, type and position all redrawn.
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            var changed = urns.Where((_, i) => i % 3 == 0).ToArray();
            foreach (var setting in await db.Settings.Where(s => changed.Contains(s.Urn)).ToListAsync())
                setting.Update(Details(setting.Urn, random), "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        await AssertRowsFollowSettingsAsync(urns);

        // Places filled (some to the last) and freed through the ledger, as the movement consumers apply them.
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            await db.Database.BeginTransactionAsync();
            await db.ApplyAsync([.. urns.Where((_, i) => i % 2 == 0).Select(u => (u, random.Next(-5, 40)))], DateTimeOffset.UtcNow, CancellationToken.None);
            await db.Database.CommitTransactionAsync();
        }
        await AssertRowsFollowSettingsAsync(urns);

        // Removed settings take their rows with them.
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            var removed = urns.Take(20).ToArray();
            Assert.Equal(20, await db.Settings.Where(s => removed.Contains(s.Urn)).ExecuteDeleteAsync());
        }
        await AssertRowsFollowSettingsAsync(urns);

        // Emptied wholesale (TRUNCATE fires no row trigger), the search's table empties with it.
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            Assert.True(await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM setting_search""").SingleAsync() > 0);
            await db.Database.ExecuteSqlRawAsync("TRUNCATE settings");
            Assert.Equal(0, await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM setting_search""").SingleAsync());
            Assert.Equal(0, await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM setting_search_counts""").SingleAsync());
        }
    }

    [Fact]
    public async Task Writers_filling_settings_of_the_same_counts_in_opposite_orders_both_commit()
    {
        // Two settings filled for each of two counts, and one left open. Counts locked as each setting is written would
        // deadlock these writers: the first holds the ASD count and waits for the SLCN one, which the second holds while
        // waiting for the first's.
        string[] asd = ["420001", "420004", "420005"], slcn = ["420002", "420003", "420006"];
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            db.Settings.AddRange(asd.Select(u => Open(u, "ASD", "MAINSTREAM", 4, 11)).Concat(slcn.Select(u => Open(u, "SLCN", "STATE_SPECIAL", 11, 16))));
            await db.SaveChangesAsync();
        }
        await using var first = new NpgsqlConnection(service.Factory.DatabaseConnectionString);
        await using var second = new NpgsqlConnection(service.Factory.DatabaseConnectionString);
        await first.OpenAsync();
        await second.OpenAsync();
        await using var firstWrites = await first.BeginTransactionAsync();
        await using var secondWrites = await second.BeginTransactionAsync();

        await FillAsync(firstWrites, "420001");
        await FillAsync(secondWrites, "420003");
        await Task.WhenAll(FillAsync(firstWrites, "420002"), FillAsync(secondWrites, "420004"));
        await firstWrites.CommitAsync();
        await secondWrites.CommitAsync();

        await AssertRowsFollowSettingsAsync([.. asd, .. slcn]);
    }

    private static SettingRecord Open(string urn, string need, string provisionType, int ageFrom, int ageTo) =>
        SettingRecord.From(new SettingDetails(urn, $"Setting {urn}", "931", provisionType, Phase.AllThrough, ageFrom, ageTo, 52.0, -1.0,
            new Dictionary<string, int> { [need] = 5 }, 0), "test", DateTimeOffset.UtcNow);

    private static async Task FillAsync(NpgsqlTransaction transaction, string urn)
    {
        await using var fill = new NpgsqlCommand("""UPDATE settings SET "PlacesFilled" = "TotalPlaces" WHERE "Urn" = $1""", transaction.Connection, transaction)
        {
            Parameters = { new() { Value = urn } },
        };
        Assert.Equal(1, await fill.ExecuteNonQueryAsync());
    }

    private static SettingDetails Details(string urn, Random random)
    {
        var places = Needs.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToDictionary(n => n, _ => random.Next(0, 12));
        var total = places.Values.Sum();
        var ageFrom = random.Next(2, 12);
        return new SettingDetails(urn, $"Setting {urn}", "931", Types[random.Next(Types.Length)], Phase.AllThrough, ageFrom, ageFrom + random.Next(3, 10),
            50.6 + random.NextDouble() * 4.3, -3.5 + random.NextDouble() * 5.0, places, random.Next(4) == 0 ? total : random.Next(total + 1));
    }

    private async Task AssertRowsFollowSettingsAsync(string[] urns)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
        var settings = await db.Settings.AsNoTracking().Where(s => urns.Contains(s.Urn)).ToListAsync();
        var expected = settings.Where(s => s.PlacesFilled < s.TotalPlaces)
            .SelectMany(s => s.Needs.Select(need => (s, need)))
            .Select(p =>
            {
                var point = UnitSphere.Point(p.s.Latitude, p.s.Longitude);
                return new SearchRow(p.s.Urn, p.need, p.s.ProvisionType, p.s.AgeFrom, p.s.AgeTo, point[0], point[1], point[2]);
            })
            .OrderBy(r => r.Urn, StringComparer.Ordinal).ThenBy(r => r.Need, StringComparer.Ordinal).ToList();
        var held = (await db.Database.SqlQuery<SearchRow>($"""
            SELECT "Urn", "Need", "ProvisionType", "AgeFrom", "AgeTo", "X", "Y", "Z" FROM setting_search WHERE "Urn" = ANY({urns})
            """).ToListAsync()).OrderBy(r => r.Urn, StringComparer.Ordinal).ThenBy(r => r.Need, StringComparer.Ordinal).ToList();

        // The comparison covers open and full settings alike.
        Assert.Contains(settings, s => s.PlacesFilled >= s.TotalPlaces);

        // Each count, read in one statement with the rows it counts, holds as many as there are; no change is left
        // unapplied after its commit.
        var counted = await db.Database.SqlQuery<int>($"""SELECT coalesce(sum("Settings"), 0)::int AS "Value" FROM setting_search_counts""").SingleAsync();
        Assert.Equal(await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM setting_search""").SingleAsync(), counted);
        Assert.True(counted > 0, "the counts compared are not all empty");
        Assert.Equal(0, await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value"
            FROM setting_search_counts c
            FULL JOIN (SELECT "Need", "ProvisionType", "AgeFrom", "AgeTo", count(*)::int AS "Rows" FROM setting_search
                       GROUP BY "Need", "ProvisionType", "AgeFrom", "AgeTo") r USING ("Need", "ProvisionType", "AgeFrom", "AgeTo")
            WHERE coalesce(c."Settings", 0) <> coalesce(r."Rows", 0)
            """).SingleAsync());
        Assert.Equal(0, await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM setting_search_count_changes""").SingleAsync());
        Assert.Equal(expected.Select(r => (r.Urn, r.Need, r.ProvisionType, r.AgeFrom, r.AgeTo)), held.Select(r => (r.Urn, r.Need, r.ProvisionType, r.AgeFrom, r.AgeTo)));
        Assert.All(expected.Zip(held), p =>
        {
            Assert.Equal(p.First.X, p.Second.X, 1e-12);
            Assert.Equal(p.First.Y, p.Second.Y, 1e-12);
            Assert.Equal(p.First.Z, p.Second.Z, 1e-12);
        });
    }
}
