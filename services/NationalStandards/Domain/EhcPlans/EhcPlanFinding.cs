namespace SendPlatform.NationalStandards.Domain.EhcPlans;

public sealed record EhcPlanFinding(string Section, string Code, string Message, string Path);
