using SendPlatform.InclusionDashboard.Data;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// Follows each pupil's status from their movements, to count children not in school on any day. The UPN is read
/// only to make the pupil's keyed hash (<see cref="PupilKeys"/>) and is never stored. A movement published before
/// events carried the status it leaves (StatusAfter) adds nothing.
/// </summary>
public sealed class TrackPupilStatus(PupilStatuses statuses, PupilKeys keys)
{
    public sealed record Moved(Guid MovementId, string Upn, string LaCode, DateOnly EffectiveDate, DateTimeOffset RecordedAt, string? StatusAfter);

    public Task TrackAsync(Moved moved, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(moved.StatusAfter)) return Task.CompletedTask;
        var laCode = EventFacts.CurrentLa(moved.LaCode, "A movement");
        return statuses.RecordAsync(new PupilStatusPoint
        {
            MovementId = moved.MovementId,
            PupilKey = keys.Of(moved.Upn),
            EffectiveDate = moved.EffectiveDate,
            RecordedAt = moved.RecordedAt,
            Status = moved.StatusAfter,
            LaCode = laCode,
        }, cancellationToken);
    }
}
