using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Disclosure;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// Each movement per 1,000 pupils: its total in the movements table, as the caller was shown it, over the pupils on
/// roll in the area in the period's academic year (DfE's census headcount; for a region or England, only when every
/// one of its LAs has one). A rate is withheld wherever the count it is taken from is, and "x" where there is no
/// headcount. Suspension days are not a count of movements, so they have no rate.
/// </summary>
public static class MovementRateTables
{
    public static FigureTable Build(FigureTable byProvision, long? pupils, Period period)
    {
        var year = Period.AcademicYearOf(period.Start).Code;
        return new FigureTable("movement_rates", "Movements per 1,000 pupils",
            $"Movements recorded with an effective date in the period per 1,000 pupils on roll in the area in {year}" +
            (pupils is { } p ? $" ({p.ToString("N0", CultureInfo.InvariantCulture)} pupils, DfE's census headcount)" : " (x: DfE has published no headcount for every LA of the area for that year)") +
            "; a rate is withheld wherever its count is.",
            $"{byProvision.SourceEvent}, PupilHeadcountsPublished", ["Per 1,000 pupils"],
            [.. byProvision.Rows.Where(r => r.Id != "suspension_days").Select(r => new FigureRow(r.Id, r.Label, "", [Rate(r.Total, pupils)], ""))]);
    }

    private static string Rate(string count, long? pupils) =>
        count == DisclosureControl.Suppressed ? DisclosureControl.Suppressed
        : pupils is not { } p ? "x"
        : Math.Round(1000m * long.Parse(count, CultureInfo.InvariantCulture) / p, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
