namespace SendPlatform.InclusionDashboard.Domain.Geography;

/// <summary>England's nine regions by their ONS codes, named as the national list of local authorities names them.</summary>
public static class Regions
{
    public static readonly IReadOnlyDictionary<string, string> ByCode = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["E12000001"] = "North East",
        ["E12000002"] = "North West",
        ["E12000003"] = "Yorkshire and The Humber",
        ["E12000004"] = "East Midlands",
        ["E12000005"] = "West Midlands",
        ["E12000006"] = "East of England",
        ["E12000007"] = "London",
        ["E12000008"] = "South East",
        ["E12000009"] = "South West",
    };

    public static string? NameOf(string onsCode) => ByCode.GetValueOrDefault(onsCode);

    public static string CodeOf(string name) => ByCode.Single(r => r.Value == name).Key;
}
