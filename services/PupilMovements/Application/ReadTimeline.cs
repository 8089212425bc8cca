using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Application;

/// <summary>
/// A pupil's timeline as the caller may see it (<see cref="PupilAccess.ViewFor"/>). A pupil the caller may not see
/// answers exactly as one that does not exist: the same NOT_FOUND, message and queries, so UPNs cannot be probed.
/// </summary>
public sealed class ReadTimeline(MovementsDbContext db)
{
    public async Task<TimelineView> ForAsync(CallerOrganisation caller, string upn, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Upn == upn, cancellationToken);
        var timeline = PupilTimeline.Of(await db.Movements.AsNoTracking().Where(m => m.Upn == upn).ToListAsync(cancellationToken));
        return PupilAccess.ViewFor(caller, pupil, timeline) ?? throw new NotFoundException("Pupil", "with that UPN");
    }
}
