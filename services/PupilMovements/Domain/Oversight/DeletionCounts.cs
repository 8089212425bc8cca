namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>Deletions in the off-rolling window: those that count towards the signal, and all of them.</summary>
public sealed record DeletionCounts(int Counted, int All);
