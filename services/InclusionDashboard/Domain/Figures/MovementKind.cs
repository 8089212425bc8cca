namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>A kind of movement the dashboard counts: the movement type as PupilMoved names it, and how it is shown.</summary>
public sealed record MovementKind(string EventType, string Id, string Label, string Definition);
