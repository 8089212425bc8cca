using Microsoft.EntityFrameworkCore;
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
/// Every qualifying setting is still read once, because the list says how many qualified (TotalMatching): that is why
/// the candidates are a narrow index rather than nearest-first through a spatial one (bench/RESULTS.md, issue #18).
/// </summary>
public sealed class SettingsSearch(PlansDbContext db)
{
    public sealed record Row(string Urn, string Name, string LaCode, string ProvisionType, string Phase, int PlacesAvailable, double DistanceKm, int TotalMatching);

    private const double EarthRadiusKm = 6371.0088;

    public async Task<IReadOnlyList<Row>> FindAsync(ChildProfile child, IReadOnlyList<string> provisionTypes, CancellationToken cancellationToken)
    {
        var types = provisionTypes.ToArray();
        var firstChoice = Suitability.FirstChoice.ToArray();
        var home = UnitSphere.Point(child.HomeLatitude, child.HomeLongitude);
        var (x, y, z) = (home[0], home[1], home[2]);
        double? maxKm = child.MaxDistanceKm;
        // Without a limit the condition is dropped when the statement is planned (Npgsql's unprepared statements are
        // planned with their parameters' values).
        var reach = maxKm is { } km ? UnitSphere.Chord(km / EarthRadiusKm) : 2.0;
        return await db.Database.SqlQuery<Row>($"""
            SELECT s."Urn", s."Name", s."LaCode", s."ProvisionType", s."Phase", s."TotalPlaces" - GREATEST(s."PlacesFilled", 0) AS "PlacesAvailable",
                   2 * {EarthRadiusKm} * asin(LEAST(1.0, sqrt(
                       power(sin(radians(s."Latitude" - {child.HomeLatitude}) / 2), 2)
                       + cos(radians({child.HomeLatitude})) * cos(radians(s."Latitude")) * power(sin(radians(s."Longitude" - {child.HomeLongitude}) / 2), 2)))) AS "DistanceKm",
                   n."TotalMatching"
            FROM (
                SELECT c."Urn", c."Choice", c."Chord2", count(*) OVER ()::int AS "TotalMatching"
                FROM (
                    SELECT q."Urn", CASE WHEN q."ProvisionType" = ANY({firstChoice}) THEN 0 ELSE 1 END AS "Choice",
                           (q."X" - {x}) * (q."X" - {x}) + (q."Y" - {y}) * (q."Y" - {y}) + (q."Z" - {z}) * (q."Z" - {z}) AS "Chord2"
                    FROM setting_search q
                    WHERE q."Need" = {child.PrimaryNeed} AND q."ProvisionType" = ANY({types})
                      AND q."AgeFrom" <= {child.Age} AND q."AgeTo" >= {child.Age}
                      AND ({maxKm}::float8 IS NULL OR q."Y" BETWEEN {y - reach} AND {y + reach})
                ) c
                WHERE {maxKm}::float8 IS NULL OR c."Chord2" <= {reach * reach}
                ORDER BY c."Choice", c."Chord2", c."Urn"
                LIMIT {child.MaxResults}
            ) n
            JOIN settings s ON s."Urn" = n."Urn"
            ORDER BY n."Choice", n."Chord2", n."Urn"
            """).ToListAsync(cancellationToken);
    }
}
