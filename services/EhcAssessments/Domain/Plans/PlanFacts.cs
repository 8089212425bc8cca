namespace SendPlatform.EhcAssessments.Domain.Plans;

/// <summary>
/// What the case's rules and the platform's figures need from a plan's content: section B's primary need, and section
/// I's provision type and setting. The content itself stays opaque to the domain.
/// </summary>
public sealed record PlanFacts(string? PrimaryNeed, string? ProvisionType, string? SettingUrn);
