namespace SendPlatform.InclusionPlans.Domain.Plans;

/// <summary>What the partnership will do to meet one national standard, who owns it, by when, and how it is going.</summary>
public sealed record Commitment(string StandardCode, string Actions, string Owner, DateOnly DueDate, Rag Status, bool Complete);
