namespace SendPlatform.PupilMovements.Domain;

/// <summary>A movement accepted as a fact that does not follow from the pupil's earlier movements.</summary>
public sealed record DataQualityFinding(Guid MovementId, string Description);
