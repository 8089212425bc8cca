using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Application;

/// <summary>
/// A pupil's timeline as one caller may see it. A former setting's view (LimitedTo its URN) holds only the movements
/// of its own time and none of where the pupil is now or who is responsible for them.
/// </summary>
public sealed record TimelineView(string Upn, string? ResponsibleLaCode, PupilState? State, IReadOnlyList<PupilMovement> Movements,
    IReadOnlyList<DataQualityFinding> Findings, string? LimitedTo)
{
    public static TimelineView Full(RegisteredPupil pupil, PupilTimeline timeline) =>
        new(pupil.Upn, pupil.ResponsibleLaCode, timeline.State, timeline.Movements, timeline.Findings, null);

    public static TimelineView OwnTime(RegisteredPupil pupil, PupilTimeline timeline, string urn)
    {
        var movements = timeline.MovementsDuringTimeAt(urn).ToList();
        var ids = movements.Select(m => m.Id).ToHashSet();
        return new(pupil.Upn, null, null, movements, timeline.Findings.Where(f => ids.Contains(f.MovementId)).ToList(), urn);
    }
}
