namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// A pupil known to the platform: the LA responsible for them, and their current status kept beside the movements
/// so the LA's register of children not in school is one indexed query. The status is always recomputed from the
/// timeline; the responsible LA is set once, by the platform, and changes only by a move to another LA.
/// </summary>
public sealed class RegisteredPupil
{
    private RegisteredPupil() { }

    public string Upn { get; private set; } = "";
    public string ResponsibleLaCode { get; private set; } = "";
    public PupilStatus Status { get; private set; }
    public string? StatusUrn { get; private set; }
    public string? Destination { get; private set; }
    public DateOnly StatusSince { get; private set; }
    public string SenProvision { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public static readonly PupilStatus[] NotInSchool = [PupilStatus.Ehe, PupilStatus.Eotas, PupilStatus.MissingEducation];

    /// <summary>Statuses that may leave a pupil without education, for the missing-education sweep's query.</summary>
    public static readonly PupilStatus[] MayBeWithoutEducation = [PupilStatus.MissingEducation, PupilStatus.NotInSchool];

    /// <summary>No setting and not EHE or EOTAS (alert 5). An early years provider or arranged education is a setting.</summary>
    public static bool WithoutEducation(PupilStatus status, string? destination) =>
        MayBeWithoutEducation.Contains(status) && destination is not null && Destinations.WithoutEducation.Contains(destination);

    public static RegisteredPupil For(string upn, string responsibleLaCode) => new() { Upn = upn, ResponsibleLaCode = responsibleLaCode };

    /// <summary>A pupil as stored, for the recording's own read (Data/MovementReads), which EF does not materialise.</summary>
    internal static RegisteredPupil Stored(string upn, string responsibleLaCode, PupilStatus status, string? statusUrn, string? destination,
        DateOnly statusSince, string senProvision, DateTimeOffset updatedAt) => new()
    {
        Upn = upn, ResponsibleLaCode = responsibleLaCode, Status = status, StatusUrn = statusUrn, Destination = destination, StatusSince = statusSince,
        SenProvision = senProvision, UpdatedAt = updatedAt,
    };

    /// <summary>After <paramref name="recorded"/> joined the timeline: the status is the timeline's, and a move to another LA hands the pupil over.</summary>
    public void Update(PupilMovement recorded, PupilTimeline timeline, DateTimeOffset now)
    {
        var state = timeline.State!;
        if (recorded.Type == MovementType.MovedToOtherLa) ResponsibleLaCode = recorded.Destination!;
        Status = state.Status;
        StatusUrn = state.Urn;
        Destination = state.Destination;
        StatusSince = state.Since;
        SenProvision = timeline.Movements[^1].Pupil.SenProvision;
        UpdatedAt = now;
    }
}
