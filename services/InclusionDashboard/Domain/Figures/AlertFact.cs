namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>An oversight alert's type and dates (England's calendar days); a date is null until its event has arrived.</summary>
public sealed record AlertFact(string Type, DateOnly? RaisedOn, DateOnly? DueBy, DateOnly? ResolvedOn);
