using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Placements;

/// <summary>A pupil in a commissioned place, from start to an outcome.</summary>
public sealed class ApPlacement
{
    private ApPlacement() { }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    // Provider, LA and tier are the commission's, copied because a commission never changes them and the
    // provider lock, the unregistered-provider count and the LA scorecard select placements by them.
    public Guid ProviderId { get; private set; }
    public string LaCode { get; private set; } = "";
    public ApTier Tier { get; private set; }
    public int PlaceNumber { get; private set; }
    public PlacedPupil Pupil { get; private set; } = null!;
    public bool FullTime { get; private set; }
    public DateOnly Start { get; private set; }
    public DateOnly? PlannedEnd { get; private set; }
    public string? HomeSchoolUrn { get; private set; }
    public string? DestinationUrn { get; private set; }
    public string? Post16Destination { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public PlacementOutcome? Outcome { get; private set; }
    public string? OutcomeDestinationUrn { get; private set; }
    public string? OutcomeReason { get; private set; }
    public DateTimeOffset PlacedAt { get; private set; }
    public string PlacedBy { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    public DateTimeOffset? ReviewFlaggedAt { get; private set; }
    public string? ReviewReason { get; private set; }

    public static ApPlacement Place(PlacementRequest r, ApCommission c, int placeNumber, string by, string? key, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CommissionId = c.Id,
        ProviderId = c.ProviderId,
        LaCode = c.LaCode,
        Tier = c.Tier,
        PlaceNumber = placeNumber,
        Pupil = r.Pupil,
        FullTime = r.FullTime,
        Start = r.Start,
        PlannedEnd = r.PlannedEnd,
        HomeSchoolUrn = r.HomeSchoolUrn,
        DestinationUrn = r.DestinationUrn,
        Post16Destination = r.Post16Destination,
        PlacedAt = now,
        PlacedBy = by,
        IdempotencyKey = key,
    };

    /// <summary>
    /// The pupil left the provider's roll while the placement is open: the LA should find out why. Only the first
    /// signal is kept; a later one adds nothing the LA does not already know to look at.
    /// </summary>
    public void FlagForReview(string reason, DateTimeOffset now)
    {
        if (EndDate is not null || ReviewFlaggedAt is not null) return;
        (ReviewFlaggedAt, ReviewReason) = (now, reason);
    }

    /// <summary>Returns false when the placement had already ended (nothing changes).</summary>
    public bool End(DateOnly date, PlacementOutcome outcome, string? destinationUrn, string? reason)
    {
        if (EndDate is not null) return false;
        (EndDate, Outcome, OutcomeDestinationUrn, OutcomeReason) = (date, outcome, destinationUrn, reason);
        return true;
    }
}
