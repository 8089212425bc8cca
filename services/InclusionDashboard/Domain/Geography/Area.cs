using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.InclusionDashboard.Domain.Geography;

/// <summary>
/// What a summary is about: England, one of its nine regions, one local authority, or one setting, with the LAs whose
/// figures it adds up. Levels and codes are the ones Explore Education Statistics files use.
/// </summary>
public sealed record Area(string Level, string Code, string Name, IReadOnlyList<string> LaCodes)
{
    public const string National = "National";
    public const string Regional = "Regional";
    public const string LocalAuthority = "Local authority";
    public const string School = "School";

    public const string EnglandCode = "E92000001";

    public static Area England { get; } = new(National, EnglandCode, "England", [.. LocalAuthorities.All.Select(la => la.LaCode)]);

    /// <summary>The ONS code of the region a current LA is in.</summary>
    public static string RegionCodeOf(string laCode) => Regions.CodeOf(LocalAuthorities.Find(laCode)!.Region);

    public static Area? Region(string onsCode) => Regions.NameOf(onsCode) is { } name
        ? new Area(Regional, onsCode, name, [.. LocalAuthorities.All.Where(la => la.Region == name).Select(la => la.LaCode)])
        : null;

    /// <summary>A school or AP setting, by URN: the movements that name it and the AP placements at it. It adds up no LA's figures.</summary>
    public static Area Setting(Urn urn) => new(School, urn.Value, $"URN {urn.Value}", []);

    public static Area LocalAuthorityOf(LaCode laCode) => LocalAuthorityOf(LocalAuthorities.Find(laCode.Value)!);

    public static Area LocalAuthorityOf(SendPlatform.SharedKernel.Identifiers.LocalAuthority la) => new(LocalAuthority, la.LaCode, la.Name, [la.LaCode]);
}
