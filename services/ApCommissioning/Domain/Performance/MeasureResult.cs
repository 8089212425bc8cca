namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>One outcome of the framework: its value (null when too few placements), how many placements, and its RAG.</summary>
public sealed record MeasureResult(string Outcome, decimal? ValuePercent, int Placements, Rating Rating, string Definition);
