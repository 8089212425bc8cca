namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A movement was recorded. Carries what consumers (AP commissioning, inclusion plans, the dashboard) count by:
/// the UPN to join on, the type and settings, the responsible LA, the SEN provision and primary need, a deletion's
/// ground and a suspension's length, and the status it leaves the pupil in, nothing more personal. The last four were
/// added later: an event published before them carries none.
/// </summary>
public sealed record PupilMoved(
    Guid MovementId,
    string Upn,
    string Type,
    DateOnly EffectiveDate,
    string? FromUrn,
    string? ToUrn,
    string? Destination,
    string ResponsibleLaCode,
    string SenProvision) : IntegrationEvent
{
    /// <summary>The primary need code (ASD, SLCN, ...) when the pupil has SEN, else null.</summary>
    public string? PrimaryNeed { get; init; }

    /// <summary>A deletion's ground under the 2024 regulations (REGISTERED_AT_ANOTHER_SCHOOL, ...), else null.</summary>
    public string? DeletionGround { get; init; }

    /// <summary>A suspension's length in school days, else null.</summary>
    public int? SuspensionDays { get; init; }

    /// <summary>
    /// The pupil's status from EffectiveDate, after this movement and every earlier one recorded by then (OnRoll, InAp,
    /// Ehe, Eotas, MissingEducation, LeftArea, NotInSchool); null when none is known yet.
    /// </summary>
    public string? StatusAfter { get; init; }
}
