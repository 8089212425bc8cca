namespace SendPlatform.PupilMovements.Domain;

/// <summary>The pupil's facts at a movement's date: date of birth, SEN provision (E/K/N) and primary need.</summary>
public sealed record PupilFacts(DateOnly DateOfBirth, string SenProvision, string? PrimaryNeed);
