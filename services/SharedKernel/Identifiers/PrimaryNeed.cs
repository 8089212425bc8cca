namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>A primary need code of the school census and SEN2; AreaCode is null for OTH and NSA.</summary>
public sealed record PrimaryNeed(string Code, string Name, string? AreaCode, string[] ValidWithSenProvisions);
