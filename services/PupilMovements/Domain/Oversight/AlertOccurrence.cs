namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// One occurrence of an alert's condition. OccurrenceKey names the occurrence (the movement, placement, spell
/// without a setting, or latest deletion behind a signal), so evaluating it again never raises a second alert.
/// </summary>
public sealed record AlertOccurrence(AlertType Type, string OccurrenceKey, string LaCode, string? Upn, string? Urn, SchoolPhase? Phase, string Reason);
