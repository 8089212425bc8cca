using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Domain.Population;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.NationalStandards.Application;

/// <summary>
/// DfE publishing a year's pupil headcounts: the year's rows replaced and PupilHeadcountsPublished written to the
/// outbox in one commit, under the year's lock so two publications of one year end in one of them whole.
/// </summary>
public sealed class PublishPupilHeadcounts(StandardsDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PupilHeadcount>> PublishAsync(CallerOrganisation caller, string academicYear, IReadOnlyList<(string LaCode, long Headcount)> lines,
        CancellationToken cancellationToken)
    {
        caller.Require(OrganisationType.Dfe, "publish pupil headcounts");
        return await db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync($"pupil-headcounts:{academicYear}", ct);
            await db.PupilHeadcounts.Where(h => h.AcademicYear == academicYear).ExecuteDeleteAsync(ct);
            var now = clock.GetStorageNow();
            var rows = lines.Select(l => PupilHeadcount.Of(academicYear, l.LaCode, l.Headcount, caller.OrgId, now)).OrderBy(h => h.LaCode, StringComparer.Ordinal).ToList();
            db.PupilHeadcounts.AddRange(rows);
            db.EnqueueIntegrationEvent(new PupilHeadcountsPublished(academicYear, [.. rows.Select(r => new LaPupilHeadcount(r.LaCode, r.Headcount))], now) { OccurredAt = now });
            await db.SaveChangesAsync(ct);
            return (IReadOnlyList<PupilHeadcount>)rows;
        }, cancellationToken);
    }

    /// <summary>Every partner may read a published year; a year not published is NOT_FOUND.</summary>
    public async Task<IReadOnlyList<PupilHeadcount>> ReadAsync(string academicYear, CancellationToken cancellationToken)
    {
        var rows = await db.PupilHeadcounts.AsNoTracking().Where(h => h.AcademicYear == academicYear).OrderBy(h => h.LaCode).ToListAsync(cancellationToken);
        return rows.Count > 0 ? rows : throw new NotFoundException("Pupil headcounts for the academic year", academicYear);
    }
}
