namespace SendPlatform.InclusionPlans.Domain.Compliance;

/// <summary>One way a plan falls short of the national standards; a blocking one stops it being published.</summary>
public sealed record Finding(FindingKind Kind, bool Blocking, string Subject, string Message);
