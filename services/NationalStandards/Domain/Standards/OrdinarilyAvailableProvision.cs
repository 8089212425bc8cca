namespace SendPlatform.NationalStandards.Domain.Standards;

/// <summary>What every mainstream setting is expected to provide for one need code.</summary>
public sealed record OrdinarilyAvailableProvision(string NeedCode, IReadOnlyList<string> Descriptors);
