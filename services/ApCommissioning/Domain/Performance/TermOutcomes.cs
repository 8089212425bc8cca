namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>One term's outcome figures for a placement, parsed at the edge. SchoolYear is 2026 for 2026-27.</summary>
public sealed record TermOutcomes(int SchoolYear, Term Term, OutcomeFigures Figures);
