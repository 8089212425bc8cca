using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Domain.TailoredLists;

namespace SendPlatform.InclusionPlans.Data;

/// <summary>
/// The tailored-list search, in one query so only the list itself leaves the database: settings of a suitable
/// provision type, for the child's age, with places for the need and a place free, within the distance; first choice
/// (mainstream, resourced) before the rest, each nearest first, URN breaking ties. Distance is great-circle
/// (haversine, mean Earth radius 6,371.0088 km), which over England's distances is within 0.5% of the road-free
/// geodesic and, unlike road distance, needs no routing service. With a distance limit, a latitude/longitude box
/// that contains the circle narrows the rows before any distance is computed.
/// </summary>
public sealed class SettingsSearch(PlansDbContext db)
{
    public sealed record Row(string Urn, string Name, string LaCode, string ProvisionType, string Phase, int PlacesAvailable, double DistanceKm, int TotalMatching);

    public async Task<IReadOnlyList<Row>> FindAsync(ChildProfile child, IReadOnlyList<string> provisionTypes, CancellationToken cancellationToken)
    {
        var types = provisionTypes.ToArray();
        var firstChoice = Suitability.FirstChoice.ToArray();
        var maxKm = child.MaxDistanceKm ?? double.MaxValue;
        var needs = new[] { child.PrimaryNeed };
        var (south, north, west, east) = Box(child);
        return await db.Database.SqlQuery<Row>($"""
            SELECT "Urn", "Name", "LaCode", "ProvisionType", "Phase", "PlacesAvailable", "DistanceKm", count(*) OVER ()::int AS "TotalMatching"
            FROM (
                SELECT s."Urn", s."Name", s."LaCode", s."ProvisionType", s."Phase", s."TotalPlaces" - GREATEST(s."PlacesFilled", 0) AS "PlacesAvailable",
                       2 * 6371.0088 * asin(sqrt(
                           power(sin(radians(s."Latitude" - {child.HomeLatitude}) / 2), 2)
                           + cos(radians({child.HomeLatitude})) * cos(radians(s."Latitude")) * power(sin(radians(s."Longitude" - {child.HomeLongitude}) / 2), 2)
                       )) AS "DistanceKm",
                       CASE WHEN s."ProvisionType" = ANY({firstChoice}) THEN 0 ELSE 1 END AS "Choice"
                FROM settings s
                WHERE s."ProvisionType" = ANY({types})
                  AND s."AgeFrom" <= {child.Age} AND s."AgeTo" >= {child.Age}
                  AND s."PlacesFilled" < s."TotalPlaces"
                  AND s."Needs" @> {needs}
                  AND s."Latitude" BETWEEN {south} AND {north} AND s."Longitude" BETWEEN {west} AND {east}
            ) candidates
            WHERE "DistanceKm" <= {maxKm}
            ORDER BY "Choice", "DistanceKm", "Urn"
            LIMIT {child.MaxResults}
            """).ToListAsync(cancellationToken);
    }

    private const double KmPerDegree = 6371.0088 * Math.PI / 180;

    /// <summary>Bounds containing every point within the limit: a degree of longitude is shortest on the box's poleward edge.</summary>
    private static (double South, double North, double West, double East) Box(ChildProfile child)
    {
        if (child.MaxDistanceKm is not { } km) return (-90, 90, -180, 180);
        var latitudeDelta = km / KmPerDegree;
        var poleward = Math.Min(89.9, Math.Abs(child.HomeLatitude) + latitudeDelta);
        var longitudeDelta = km / (KmPerDegree * Math.Cos(poleward * Math.PI / 180));
        return (child.HomeLatitude - latitudeDelta, child.HomeLatitude + latitudeDelta, child.HomeLongitude - longitudeDelta, child.HomeLongitude + longitudeDelta);
    }
}
