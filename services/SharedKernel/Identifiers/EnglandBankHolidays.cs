using System.Globalization;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>
/// England's bank holidays, 2024 to 2030, embedded from england-bank-holidays.csv (the dates GOV.UK publishes for
/// England and Wales, substitute days included; docs/domain.md gives the source). Facts, not configuration: a new
/// year's dates, or a one-off holiday, are a code release. A date outside the years held is never a bank holiday.
/// </summary>
public static class EnglandBankHolidays
{
    public static readonly IReadOnlyDictionary<DateOnly, string> All = Load();

    public static int FirstYear => All.Keys.Min().Year;

    public static int LastYear => All.Keys.Max().Year;

    public static bool Contains(DateOnly date) => All.ContainsKey(date);

    /// <summary>Bank holidays after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int CountBetween(DateOnly from, DateOnly to) => All.Keys.Count(d => d > from && d <= to);

    private static Dictionary<DateOnly, string> Load()
    {
        using var stream = typeof(EnglandBankHolidays).Assembly.GetManifestResourceStream("england-bank-holidays.csv")
            ?? throw new InvalidOperationException("The bank holidays resource is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var holidays = new Dictionary<DateOnly, string>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var comma = line.IndexOf(',');
            holidays.Add(DateOnly.ParseExact(line[..comma], "yyyy-MM-dd", CultureInfo.InvariantCulture), line[(comma + 1)..]);
        }
        return holidays;
    }
}
