namespace SendPlatform.NationalStandards.Domain.Reference;

public sealed record ProvisionType(string Code, string Name, string Description);
