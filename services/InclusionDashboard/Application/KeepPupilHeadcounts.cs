using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps DfE's latest pupil headcounts for each academic year, the denominators of the rates per 1,000 pupils.</summary>
public sealed class KeepPupilHeadcounts(PupilHeadcounts headcounts)
{
    public Task PublishedAsync(string academicYear, IEnumerable<(string LaCode, long Headcount)> lines, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(academicYear, out var year, out _) || !year.IsAcademicYear)
            throw new InvalidOperationException($"Pupil headcounts name the year '{academicYear}', which is not an academic year.");
        var checkedLines = lines.Select(l => l.Headcount > 0
            ? (EventFacts.CurrentLa(l.LaCode, "A pupil headcount"), l.Headcount)
            : throw new InvalidOperationException($"A pupil headcount for LA {l.LaCode} is {l.Headcount}, not a count of pupils.")).ToList();
        return headcounts.KeepAsync(year.Code, checkedLines, publishedAt, cancellationToken);
    }
}
