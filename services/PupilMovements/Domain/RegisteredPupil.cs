namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// A pupil's current status, kept beside the movements so the LA's register of children not in school is one
/// indexed query. Always recomputed from the timeline, never edited on its own.
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

    public static RegisteredPupil For(string upn) => new() { Upn = upn };

    public void Update(PupilTimeline timeline, DateTimeOffset now)
    {
        var state = timeline.State!;
        var latest = timeline.Movements[^1];
        ResponsibleLaCode = latest.ResponsibleLaCode;
        Status = state.Status;
        StatusUrn = state.Urn;
        Destination = state.Destination;
        StatusSince = state.Since;
        SenProvision = latest.Pupil.SenProvision;
        UpdatedAt = now;
    }
}
