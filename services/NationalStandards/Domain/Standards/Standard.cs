namespace SendPlatform.NationalStandards.Domain.Standards;

/// <summary>One national standard. Empty NeedCodes or ProvisionTypes mean it applies to all.</summary>
public sealed record Standard(
    string Code,
    string Title,
    Theme Theme,
    IReadOnlyList<string> NeedCodes,
    IReadOnlyList<string> ProvisionTypes,
    IReadOnlyList<Requirement> Requirements);
