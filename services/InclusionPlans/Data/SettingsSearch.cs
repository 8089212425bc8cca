using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SendPlatform.InclusionPlans.Domain.TailoredLists;

namespace SendPlatform.InclusionPlans.Data;

/// <summary>
/// The tailored-list search, in one query so only the list itself leaves the database: settings of a suitable
/// provision type, for the child's age, with places for the need and a place free, within the distance; first choice
/// (mainstream, resourced) before the rest, each nearest first, URN breaking ties. Distance is great-circle
/// (haversine, mean Earth radius 6,371.0088 km), which over England's distances is within 0.5% of the road-free
/// geodesic and, unlike road distance, needs no routing service (LEAST keeps rounding near the antipode inside asin).
/// The candidates come from setting_search (the SettingSearchRows migration): a row per setting with a free place and
/// need it has places for, with only what the search filters and orders by, read from its index alone. Each row keeps
/// the setting's position on the unit sphere (x, y, z); the straight-line (chord) distance between two such points
/// rises with the great-circle distance, so the list is ordered, and a distance limit applied, by the squared chord (a
/// few multiplications; the limit turned into the chord of its angle), and the haversine is computed only for the
/// settings listed, read from settings with their names. A limited search reads only the band of y (east-west across
/// England) that the circle spans, from its own index. Chord and haversine agree to within a micrometre, so only a
/// setting that close to the limit could be judged differently from the haversine.
/// A national search reads the settings it lists nearest first (by the chord itself, from a GiST index on need and
/// position: the SettingSearchNearestFirst migration), and says how many qualified (TotalMatching) by summing the
/// counts kept per need, type and age range (the SettingSearchCounts migration) with the changes its own transaction
/// has not yet committed to them, rather than counting every qualifying setting; the counts and the list are one
/// statement, so they see the same settings. On a national register that reads a fraction of what the national
/// search read before (bench/RESULTS.md, issue #18). A limited search counts only what lies inside its circle, which
/// its band reads anyway, so it keeps the band: nearest first was slower there.
/// The search is two statements, national and limited, each prepared once per connection: planning it was 1-1.5 ms
/// of the query's 3.3-4.5 ms, and with one text for both kinds a prepared plan could not drop the limit's conditions.
/// Npgsql is used directly because EF Core cannot prepare a statement.
/// </summary>
public sealed class SettingsSearch(PlansDbContext db)
{
    public sealed record Row(string Urn, string Name, string LaCode, string ProvisionType, string Phase, int PlacesAvailable, double DistanceKm, int TotalMatching);

    private const double EarthRadiusKm = 6371.0088;

    // $1 need, $2 suitable types, $3 age, $4 first-choice types, $5-$7 home on the unit sphere, $8 how many to list,
    // $9 and $10 home latitude and longitude.
    private static string Listed(string candidates, string order) => $"""
        SELECT s."Urn", s."Name", s."LaCode", s."ProvisionType", s."Phase", s."TotalPlaces" - GREATEST(s."PlacesFilled", 0),
               2 * {EarthRadiusKm.ToString(System.Globalization.CultureInfo.InvariantCulture)} * asin(LEAST(1.0, sqrt(
                   power(sin(radians(s."Latitude" - $9) / 2), 2)
                   + cos(radians($9)) * cos(radians(s."Latitude")) * power(sin(radians(s."Longitude" - $10) / 2), 2)))),
               n."TotalMatching"
        FROM ({candidates}) n
        JOIN settings s ON s."Urn" = n."Urn"
        ORDER BY n."Choice", n."{order}", n."Urn"
        """;

    // A setting qualifies for the child: $1 need, $2 suitable types, $3 age.
    private const string Qualifying = """q."Need" = $1 AND q."ProvisionType" = ANY($2) AND q."AgeFrom" <= $3 AND q."AgeTo" >= $3""";

    // The squared chord from home, $5-$7 on the unit sphere.
    private const string SquaredChord = """(q."X" - $5) * (q."X" - $5) + (q."Y" - $6) * (q."Y" - $6) + (q."Z" - $7) * (q."Z" - $7)""";

    // How many settings qualify, all and of the first choice: the committed counts, and this transaction's changes to
    // them (none for a transaction that has written nothing, which has no id).
    private static readonly string Counted = $"""
        SELECT coalesce(sum(q."Settings"), 0)::int AS "All",
               coalesce(sum(q."Settings") FILTER (WHERE q."ProvisionType" = ANY($4)), 0)::int AS "FirstChoice"
        FROM (SELECT "Need", "ProvisionType", "AgeFrom", "AgeTo", "Settings" FROM setting_search_counts
              UNION ALL
              SELECT "Need", "ProvisionType", "AgeFrom", "AgeTo", "Change" FROM setting_search_count_changes
              WHERE "Transaction" = (SELECT pg_current_xact_id_if_assigned())) q
        WHERE {Qualifying}
        """;

    // Nearest first through the need and position index while at least a list's worth of first-choice settings
    // qualify (the one-time filters pick the branch before either reads a row); otherwise every qualifying setting
    // in order, from the covering need, type and age index, as few are of the first choice and nearest first would
    // read most of the need's settings to find them. WITH TIES keeps every setting as near as the last one listed,
    // so URN order among them is decided by the sort, not by the order the index met them.
    private static readonly string National = Listed($"""
        WITH total AS MATERIALIZED ({Counted}),
        c AS (
            (SELECT q."Urn", 0 AS "Choice", q."Position" <-> cube(ARRAY[$5, $6, $7]) AS "Chord"
             FROM setting_search q
             WHERE {Qualifying} AND q."ProvisionType" = ANY($4) AND (SELECT "FirstChoice" FROM total) >= $8
             ORDER BY q."Position" <-> cube(ARRAY[$5, $6, $7])
             FETCH FIRST $8 ROWS WITH TIES)
            UNION ALL
            SELECT q."Urn", CASE WHEN q."ProvisionType" = ANY($4) THEN 0 ELSE 1 END, sqrt({SquaredChord})
            FROM setting_search q
            WHERE {Qualifying} AND (SELECT "FirstChoice" FROM total) < $8)
        SELECT c."Urn", c."Choice", c."Chord", (SELECT "All" FROM total) AS "TotalMatching"
        FROM c
        ORDER BY c."Choice", c."Chord", c."Urn"
        LIMIT $8
        """, "Chord");

    // Also $11-$12 the band of y and $13 the squared chord.
    private static readonly string Limited = Listed($"""
        SELECT c."Urn", c."Choice", c."Chord2", count(*) OVER ()::int AS "TotalMatching"
        FROM (
            SELECT q."Urn", CASE WHEN q."ProvisionType" = ANY($4) THEN 0 ELSE 1 END AS "Choice",
                   {SquaredChord} AS "Chord2"
            FROM setting_search q
            WHERE {Qualifying} AND q."Y" BETWEEN $11 AND $12
        ) c
        WHERE c."Chord2" <= $13
        ORDER BY c."Choice", c."Chord2", c."Urn"
        LIMIT $8
        """, "Chord2");

    private static readonly string[] FirstChoice = [.. Suitability.FirstChoice];

    public async Task<IReadOnlyList<Row>> FindAsync(ChildProfile child, IReadOnlyList<string> provisionTypes, CancellationToken cancellationToken)
    {
        var home = UnitSphere.Point(child.HomeLatitude, child.HomeLongitude);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(child.MaxDistanceKm is null ? National : Limited, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Text, Value = child.PrimaryNeed });
            command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = provisionTypes.ToArray() });
            command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Integer, Value = child.Age });
            command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = FirstChoice });
            foreach (var coordinate in home) command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Double, Value = coordinate });
            command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Integer, Value = child.MaxResults });
            command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Double, Value = child.HomeLatitude });
            command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Double, Value = child.HomeLongitude });
            if (child.MaxDistanceKm is { } km)
            {
                var reach = UnitSphere.Chord(km / EarthRadiusKm);
                command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Double, Value = home[1] - reach });
                command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Double, Value = home[1] + reach });
                command.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Double, Value = reach * reach });
            }
            // Prepared once per physical connection; later calls on it find the statement already there.
            await command.PrepareAsync(cancellationToken);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<Row>(child.MaxResults);
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
                    reader.GetDouble(6), reader.GetInt32(7)));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
