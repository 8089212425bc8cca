namespace SendPlatform.InclusionPlans.Data;

/// <summary>
/// Positions on the unit sphere, as setting_search's x, y and z keep them (the same formula, in the SettingSearchRows
/// migration's triggers), and the straight-line distance through the sphere for an angle along it.
/// </summary>
public static class UnitSphere
{
    public static double[] Point(double latitude, double longitude)
    {
        var (lat, lon) = (double.DegreesToRadians(latitude), double.DegreesToRadians(longitude));
        return [Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat)];
    }

    /// <summary>The chord for a central angle in radians: 2 sin(θ/2), at most the diameter.</summary>
    public static double Chord(double angle) => angle >= Math.PI ? 2.0 : 2 * Math.Sin(angle / 2);
}
