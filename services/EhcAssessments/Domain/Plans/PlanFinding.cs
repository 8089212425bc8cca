namespace SendPlatform.EhcAssessments.Domain.Plans;

/// <summary>What national-standards' template checker found in a plan: the section, its finding code, a message and where.</summary>
public sealed record PlanFinding(string Section, string Code, string Message, string Path);
