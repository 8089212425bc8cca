using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Application;

/// <summary>
/// One notification's answer: the movement recorded (or first recorded under its key, when Repeated), the pupil's
/// state after it for a caller who may see it, and its data-quality findings; or the Refusal that kept it out.
/// </summary>
public sealed record MovementOutcome(Guid MovementId, bool Repeated, PupilState? State, IReadOnlyList<DataQualityFinding> Findings, Exception? Refusal)
{
    public static MovementOutcome Refused(Exception refusal) => new(Guid.Empty, false, null, [], refusal);
}
