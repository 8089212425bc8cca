namespace SendPlatform.ApCommissioning.Domain.Placements;

/// <summary>How the LA says a placement ended, parsed at the edge.</summary>
public sealed record PlacementEnding(DateOnly Date, PlacementOutcome Outcome, string? DestinationUrn, string? Reason);
