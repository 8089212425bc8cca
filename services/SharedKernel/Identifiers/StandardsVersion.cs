using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>A national standards version, "YYYY.N": the year the set is for and its number within that year. Ordered by year, then number.</summary>
public readonly record struct StandardsVersion(int Year, int Number) : IComparable<StandardsVersion>
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out StandardsVersion? version)
    {
        version = null;
        var parts = (text ?? "").Split('.');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length is < 1 or > 3) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1) return false;
        if (parts[1].StartsWith('0')) return false;
        version = new StandardsVersion(year, number);
        return true;
    }

    public int CompareTo(StandardsVersion other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public static bool operator >(StandardsVersion a, StandardsVersion b) => a.CompareTo(b) > 0;
    public static bool operator <(StandardsVersion a, StandardsVersion b) => a.CompareTo(b) < 0;

    public override string ToString() => $"{Year}.{Number}";
}
