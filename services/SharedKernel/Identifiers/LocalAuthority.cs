namespace SendPlatform.SharedKernel.Identifiers;

public sealed record LocalAuthority(string LaCode, string Name, string OnsCode, string Region);
