using Microsoft.VisualBasic.FileIO;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>
/// The 153 English local authorities (embedded from the national list) and the retired codes that still
/// appear on older UPNs. Facts, not configuration: a change of LA boundaries is a code release.
/// </summary>
public static class LocalAuthorities
{
    /// <summary>Dorset, Poole, Bournemouth (835, 836, 837), Cumbria (909), Northamptonshire (928).</summary>
    public static readonly IReadOnlySet<string> RetiredCodes = new HashSet<string> { "835", "836", "837", "909", "928" };

    public static readonly IReadOnlyList<LocalAuthority> All = Load();

    private static readonly Dictionary<string, LocalAuthority> ByCode = All.ToDictionary(la => la.LaCode, StringComparer.Ordinal);

    public static LocalAuthority? Find(string laCode) => ByCode.GetValueOrDefault(laCode);

    public static bool IsCurrent(string laCode) => ByCode.ContainsKey(laCode);

    /// <summary>A code a UPN may carry: a current LA or a retired one.</summary>
    public static bool IsKnownOnUpn(string laCode) => IsCurrent(laCode) || RetiredCodes.Contains(laCode);

    private static List<LocalAuthority> Load()
    {
        using var stream = typeof(LocalAuthorities).Assembly.GetManifestResourceStream("local-authorities.csv")
            ?? throw new InvalidOperationException("The local authorities resource is missing.");
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields();
        var list = new List<LocalAuthority>();
        while (parser.ReadFields() is { } fields)
        {
            list.Add(new LocalAuthority(fields[0], fields[1], fields[2], fields[3]));
        }
        return list;
    }
}
