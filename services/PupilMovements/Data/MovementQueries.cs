using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Data;

public static class MovementQueries
{
    /// <summary>Whether the same move (pupil, type, setting and date) is already recorded, however it was notified.</summary>
    public static Task<bool> AlreadyRecordedAsync(this IQueryable<PupilMovement> movements, string upn, MovementType type, string urn, DateOnly date,
        CancellationToken cancellationToken) =>
        movements.AnyAsync(m => m.Upn == upn && m.Type == type && m.EffectiveDate == date
            && (type == MovementType.OutOfAp ? m.FromUrn == urn : m.ToUrn == urn), cancellationToken);
}
