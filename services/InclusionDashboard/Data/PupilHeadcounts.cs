using Microsoft.EntityFrameworkCore;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class PupilHeadcounts(DashboardDbContext db)
{
    /// <summary>
    /// Replaces the year's headcounts with these unless a later publication is already kept, under the year's lock so
    /// two deliveries at once take turns; a publication's LAs are the whole year, so an LA it leaves out has none.
    /// </summary>
    public async Task KeepAsync(string academicYear, IReadOnlyList<(string LaCode, long Headcount)> headcounts, DateTimeOffset publishedAt,
        CancellationToken cancellationToken)
    {
        await db.Database.LockAsync($"pupil-headcounts:{academicYear}", cancellationToken);
        if (await db.PupilHeadcounts.AnyAsync(h => h.AcademicYear == academicYear && h.PublishedAt > publishedAt, cancellationToken)) return;
        await db.PupilHeadcounts.Where(h => h.AcademicYear == academicYear).ExecuteDeleteAsync(cancellationToken);
        db.PupilHeadcounts.AddRange(headcounts.Select(h => new PupilHeadcountRecord
        {
            AcademicYear = academicYear, LaCode = h.LaCode, Headcount = h.Headcount, PublishedAt = publishedAt,
        }));
    }

    /// <summary>The area's pupils in the year: the sum over its LAs, or null unless every one of them has a headcount.</summary>
    public async Task<long?> OfAsync(IReadOnlyList<string> laCodes, string academicYear, CancellationToken cancellationToken)
    {
        var counts = await db.PupilHeadcounts.AsNoTracking().Where(h => h.AcademicYear == academicYear && laCodes.Contains(h.LaCode))
            .Select(h => h.Headcount).ToListAsync(cancellationToken);
        return counts.Count == laCodes.Count && counts.Count > 0 ? counts.Sum() : null;
    }
}
