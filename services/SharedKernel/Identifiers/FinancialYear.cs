using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>An LA financial year, 1 April to 31 March, written "2026-27".</summary>
public readonly record struct FinancialYear(int StartYear) : IComparable<FinancialYear>
{
    public DateOnly Start => new(StartYear, 4, 1);

    public DateOnly End => new(StartYear + 1, 3, 31);

    /// <summary>365, or 366 when the year holds 29 February.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public FinancialYear Next => new(StartYear + 1);

    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static bool TryParse(string? text, [NotNullWhen(true)] out FinancialYear? year)
    {
        year = null;
        var value = text?.Trim() ?? "";
        if (value.Length != 7 || value[4] != '-') return false;
        if (!int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start is < 2000 or > 2098) return false;
        if (!int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end != (start + 1) % 100) return false;
        year = new FinancialYear(start);
        return true;
    }

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => $"{StartYear}-{(StartYear + 1) % 100:00}";
}
