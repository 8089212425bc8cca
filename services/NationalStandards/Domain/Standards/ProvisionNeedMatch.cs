namespace SendPlatform.NationalStandards.Domain.Standards;

/// <summary>The need codes one provision type can meet.</summary>
public sealed record ProvisionNeedMatch(string ProvisionType, IReadOnlyList<string> NeedCodes);
