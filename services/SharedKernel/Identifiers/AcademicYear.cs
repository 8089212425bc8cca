using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>A school (academic) year, 1 September to 31 August, written "2026-27" as DfE's statistics write it.</summary>
public readonly record struct AcademicYear(int StartYear)
{
    public DateOnly Start => new(StartYear, 9, 1);

    public static bool TryParse(string? text, [NotNullWhen(true)] out AcademicYear? year)
    {
        year = null;
        var value = text?.Trim() ?? "";
        if (value.Length != 7 || value[4] != '-') return false;
        if (!int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start is < 2000 or > 2099) return false;
        if (!int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end != (start + 1) % 100) return false;
        year = new AcademicYear(start);
        return true;
    }

    public override string ToString() => $"{StartYear}-{(StartYear + 1) % 100:00}";
}
