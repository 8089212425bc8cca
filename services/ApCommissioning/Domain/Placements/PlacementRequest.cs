namespace SendPlatform.ApCommissioning.Domain.Placements;

/// <summary>A placement as the LA asks for it, parsed at the edge.</summary>
public sealed record PlacementRequest(
    Guid CommissionId,
    PlacedPupil Pupil,
    bool FullTime,
    DateOnly Start,
    DateOnly? PlannedEnd,
    string? HomeSchoolUrn,
    string? DestinationUrn,
    string? Post16Destination);
