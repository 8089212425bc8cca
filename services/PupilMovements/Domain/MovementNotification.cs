namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// A notification as parsed at the edge, before the type-specific rules are checked. It names no responsible LA:
/// the platform decides that from what it holds (see Application/PupilAccess).
/// </summary>
public sealed record MovementNotification(
    string Upn,
    MovementType Type,
    DateOnly EffectiveDate,
    string? FromUrn,
    string? ToUrn,
    string? Destination,
    string? DeletionGround,
    int? SuspensionDays,
    PupilFacts Pupil,
    DateTimeOffset? NotifiedAt);
