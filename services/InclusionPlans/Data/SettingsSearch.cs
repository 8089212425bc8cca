using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Domain.TailoredLists;

namespace SendPlatform.InclusionPlans.Data;

/// <summary>
/// The tailored-list search, in one query so only the list itself leaves the database: settings of a suitable
/// provision type, for the child's age, with places for the need and a place free, within the distance; first choice
/// (mainstream, resourced) before the rest, each nearest first, URN breaking ties. Distance is great-circle
/// (haversine, mean Earth radius 6,371.0088 km), which over England's distances is within 0.5% of the road-free
/// geodesic and, unlike road distance, needs no routing service (LEAST keeps rounding near the antipode inside asin).
/// Each setting's position on the unit sphere is also kept as a 3-D point ("Position", PostgreSQL's own cube
/// extension, GiST-indexed). The straight-line (chord) distance between two such points rises with the great-circle
/// distance, so the list is ordered, and a distance limit applied, by the chord (a few multiplications, the limit
/// turned into the chord of its angle), and the haversine is computed only for the settings listed. The limit is also
/// a cube around the home containing the circle, read from the index. Chord and haversine agree to within a
/// micrometre, so only a setting that close to the limit could be judged differently from the haversine.
/// Every qualifying setting is still read once, because the list says how many qualified (TotalMatching); measured
/// against reading only the nearest through the index's own nearest-neighbour order and counting separately, this
/// single pass was as fast for a national search and twice as fast for a limited one (bench/RESULTS.md, issue #18).
/// </summary>
public sealed class SettingsSearch(PlansDbContext db)
{
    public sealed record Row(string Urn, string Name, string LaCode, string ProvisionType, string Phase, int PlacesAvailable, double DistanceKm, int TotalMatching);

    private const double EarthRadiusKm = 6371.0088;

    public async Task<IReadOnlyList<Row>> FindAsync(ChildProfile child, IReadOnlyList<string> provisionTypes, CancellationToken cancellationToken)
    {
        var types = provisionTypes.ToArray();
        var firstChoice = Suitability.FirstChoice.ToArray();
        var needs = new[] { child.PrimaryNeed };
        var home = UnitSphere.Point(child.HomeLatitude, child.HomeLongitude);
        double? maxKm = child.MaxDistanceKm;
        // Without a limit the condition is dropped when the statement is planned (Npgsql's unprepared statements are
        // planned with their parameters' values), so a national search does not read the cube index.
        var reach = maxKm is { } km ? UnitSphere.Chord(km / EarthRadiusKm) : 2.0;
        var low = home.Select(c => c - reach).ToArray();
        var high = home.Select(c => c + reach).ToArray();
        return await db.Database.SqlQuery<Row>($"""
            SELECT n."Urn", n."Name", n."LaCode", n."ProvisionType", n."Phase", n."PlacesAvailable",
                   2 * {EarthRadiusKm} * asin(LEAST(1.0, sqrt(
                       power(sin(radians(n."Latitude" - {child.HomeLatitude}) / 2), 2)
                       + cos(radians({child.HomeLatitude})) * cos(radians(n."Latitude")) * power(sin(radians(n."Longitude" - {child.HomeLongitude}) / 2), 2)))) AS "DistanceKm",
                   n."TotalMatching"
            FROM (
                SELECT s."Urn", s."Name", s."LaCode", s."ProvisionType", s."Phase", s."TotalPlaces" - GREATEST(s."PlacesFilled", 0) AS "PlacesAvailable",
                       s."Latitude", s."Longitude", count(*) OVER ()::int AS "TotalMatching",
                       CASE WHEN s."ProvisionType" = ANY({firstChoice}) THEN 0 ELSE 1 END AS "Choice",
                       s."Position" <-> cube({home}::float8[]) AS "Chord"
                FROM settings s
                WHERE s."ProvisionType" = ANY({types})
                  AND s."AgeFrom" <= {child.Age} AND s."AgeTo" >= {child.Age}
                  AND s."PlacesFilled" < s."TotalPlaces"
                  AND s."Needs" @> {needs}
                  AND ({maxKm}::float8 IS NULL OR (s."Position" <@ cube({low}::float8[], {high}::float8[])
                                                  AND s."Position" <-> cube({home}::float8[]) <= {reach}))
                ORDER BY "Choice", "Chord", s."Urn"
                LIMIT {child.MaxResults}
            ) n
            ORDER BY n."Choice", n."Chord", n."Urn"
            """).ToListAsync(cancellationToken);
    }
}
