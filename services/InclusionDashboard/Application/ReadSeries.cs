using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>A measure's months for an LA, shown in full to whom the LA's summary is (<see cref="ReadSummary.SeesInFull"/>).</summary>
public sealed class ReadSeries(MovementCounts movements, ApPlacementCounts placements)
{
    public sealed record Series(Area Area, SeriesMeasure Measure, bool Withheld, IReadOnlyList<(string Month, string Value)> Points);

    public async Task<Series> ReadAsync(CallerOrganisation caller, Area area, SeriesMeasure measure, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, endExclusive) = MonthlySeries.YearsSpanned(from, to);
        var counts = measure.MovementType is { } type
            ? await movements.MonthlyAsync(area.Code, type, start, endExclusive, cancellationToken)
            : await placements.MonthlyAsync(area.Code, measure.PlacementsStarted!.Value, start, endExclusive, cancellationToken);
        var withhold = !ReadSummary.SeesInFull(caller, area);
        return new Series(area, measure, withhold, MonthlySeries.Build(counts, from, to, withhold));
    }
}
