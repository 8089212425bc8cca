namespace SendPlatform.Gateway.Security;

public sealed record DevTokenRequest(string? OrgType, string? OrgId, string? LaCode, string[]? Scopes, int? LifetimeMinutes);
