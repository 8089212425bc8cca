using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// The national funding framework in force on the period's last day, for each financial year the period touches: the
/// latest version priced from that day or before (a version published to take effect later is not yet in force).
/// National facts, the same for every area.
/// </summary>
public static class FrameworkTables
{
    public const string SourceEvent = "TariffScheduleChanged";

    public static FigureTable Build(IReadOnlyList<PublishedFramework> published, Period period) =>
        new("funding_framework", "Funding framework in force",
            "For each financial year the period touches, the version of the national funding framework of bands and tariffs in force on " +
            "the period's last day (or the year's, if earlier), and the day it took effect; x where none was.",
            SourceEvent,
            ["Framework", "Version", "In force from"],
            [.. period.FinancialYears.Select(year => Row(year, published, period))]);

    private static FigureRow Row(FinancialYear year, IReadOnlyList<PublishedFramework> published, Period period)
    {
        var asOf = period.End < year.End ? period.End : year.End;
        var inForce = published.Where(f => f.FinancialYear == year.ToString() && f.EffectiveFrom <= asOf)
            .OrderByDescending(f => f.EffectiveFrom).ThenByDescending(f => f.Version).FirstOrDefault();
        string[] values = inForce is null
            ? ["x", "x", "x"]
            : [inForce.FrameworkId, inForce.Version.ToString(CultureInfo.InvariantCulture), inForce.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        return new FigureRow(year.ToString().Replace("-", "_", StringComparison.Ordinal), year.ToString(), $"Financial year {year}, as of {asOf:yyyy-MM-dd}.", values, "");
    }
}
