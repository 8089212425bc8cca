using SendPlatform.InclusionDashboard.Data;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// Follows each pupil's status from their movements (a batch at a time), to count children not in school on any day. The UPN is read
/// only to make the pupil's keyed hash (<see cref="PupilKeys"/>) and is never stored. A movement published before
/// events carried the status it leaves (StatusAfter) adds nothing.
/// </summary>
public sealed class TrackPupilStatus(PupilStatuses statuses, PupilKeys keys)
{
    public sealed record Moved(Guid MovementId, string Upn, string LaCode, DateOnly EffectiveDate, DateTimeOffset RecordedAt, string? StatusAfter);

    public Task TrackAllAsync(IEnumerable<Moved> movements, CancellationToken cancellationToken) =>
        statuses.RecordAllAsync(movements.Where(m => !string.IsNullOrEmpty(m.StatusAfter)).Select(moved => new PupilStatusPoint
        {
            MovementId = moved.MovementId,
            PupilKey = keys.Of(moved.Upn),
            EffectiveDate = moved.EffectiveDate,
            RecordedAt = moved.RecordedAt,
            Status = moved.StatusAfter!,
            LaCode = EventFacts.CurrentLa(moved.LaCode, "A movement"),
        }).ToList(), cancellationToken);
}
