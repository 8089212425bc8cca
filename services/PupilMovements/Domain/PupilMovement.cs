using SendPlatform.PupilMovements.Domain.Oversight;

namespace SendPlatform.PupilMovements.Domain;

/// <summary>One notified movement: a fact as the notifier reported it, never changed once recorded.</summary>
public sealed class PupilMovement
{
    private PupilMovement() { }

    public Guid Id { get; private set; }
    public long Sequence { get; private set; }
    public string Upn { get; private set; } = "";
    public MovementType Type { get; private set; }
    public DateOnly EffectiveDate { get; private set; }
    public string? FromUrn { get; private set; }
    public string? ToUrn { get; private set; }
    public string? Destination { get; private set; }
    public string? DeletionGround { get; private set; }
    public int? SuspensionDays { get; private set; }
    public PupilFacts Pupil { get; private set; } = null!;
    /// <summary>The LA responsible for the pupil when this was recorded (a move to another LA is the old LA's).</summary>
    public string ResponsibleLaCode { get; private set; } = "";
    public DateTimeOffset NotifiedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string NotifiedBy { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }

    /// <summary>The pupil's phase at the effective date: settings are compared with peers of the same phase.</summary>
    public SchoolPhase Phase { get; private set; }

    /// <summary>Whether this is a deletion the off-rolling signal counts, decided once so the counts are simple queries.</summary>
    public bool CountsTowardsOffRolling { get; private set; }

    public static PupilMovement Record(MovementNotification n, string responsibleLaCode, string notifiedBy, string? idempotencyKey, DateTimeOffset recordedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        Upn = n.Upn,
        Type = n.Type,
        EffectiveDate = n.EffectiveDate,
        FromUrn = n.FromUrn,
        ToUrn = n.ToUrn,
        Destination = n.Destination,
        DeletionGround = n.DeletionGround,
        SuspensionDays = n.SuspensionDays,
        Pupil = n.Pupil,
        ResponsibleLaCode = responsibleLaCode,
        NotifiedAt = n.NotifiedAt ?? recordedAt,
        RecordedAt = recordedAt,
        NotifiedBy = notifiedBy,
        IdempotencyKey = idempotencyKey,
        Phase = SchoolPhases.At(n.Pupil.DateOfBirth, n.EffectiveDate),
        CountsTowardsOffRolling = OffRollingRule.Counts(n.Type, n.Pupil.SenProvision, n.ToUrn, n.DeletionGround, n.Destination),
    };

    /// <summary>A movement as it is stored, for the recording's own read (Data/MovementReads), which EF does not materialise.</summary>
    internal static PupilMovement Stored(Guid id, long sequence, string upn, MovementType type, DateOnly effectiveDate, string? fromUrn, string? toUrn,
        string? destination, string? deletionGround, int? suspensionDays, PupilFacts pupil, string responsibleLaCode, DateTimeOffset notifiedAt,
        DateTimeOffset recordedAt, string notifiedBy, string? idempotencyKey, SchoolPhase phase, bool countsTowardsOffRolling) => new()
    {
        Id = id, Sequence = sequence, Upn = upn, Type = type, EffectiveDate = effectiveDate, FromUrn = fromUrn, ToUrn = toUrn, Destination = destination,
        DeletionGround = deletionGround, SuspensionDays = suspensionDays, Pupil = pupil, ResponsibleLaCode = responsibleLaCode, NotifiedAt = notifiedAt,
        RecordedAt = recordedAt, NotifiedBy = notifiedBy, IdempotencyKey = idempotencyKey, Phase = phase, CountsTowardsOffRolling = countsTowardsOffRolling,
    };
}
