namespace SendPlatform.PupilMovements.Domain;

/// <summary>Where a pupil is after their movements so far. Home is the school they stay on roll at while in AP.</summary>
public sealed record PupilState(PupilStatus Status, string? Urn, string? Home, string? Destination, DateOnly Since);
