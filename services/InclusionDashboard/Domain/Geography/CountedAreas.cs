namespace SendPlatform.InclusionDashboard.Domain.Geography;

/// <summary>
/// The area codes one fact is counted into: its LA, the LA's region and England, and each setting it names by URN (a
/// six-digit code no LA, region or country code can be), so a setting's own view reads its counts like any area's.
/// </summary>
public static class CountedAreas
{
    public static string[] Of(string laCode, params IEnumerable<string?> settingUrns) =>
        [laCode, Area.RegionCodeOf(laCode), Area.EnglandCode, .. settingUrns.OfType<string>().Distinct(StringComparer.Ordinal)];
}
