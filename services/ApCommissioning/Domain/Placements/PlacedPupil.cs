namespace SendPlatform.ApCommissioning.Domain.Placements;

/// <summary>The pupil's facts a placement needs: the unregistered-provider rule turns on age, EHC plan and care.</summary>
public sealed record PlacedPupil(string Upn, DateOnly DateOfBirth, string SenProvision, string? PrimaryNeed, bool LookedAfter);
