namespace SendPlatform.ApCommissioning.Domain.Providers;

/// <summary>A provider as an LA describes it, parsed at the edge, before the rules are checked.</summary>
public sealed record ProviderDetails(
    string? Urn,
    string? ProviderReference,
    string Name,
    ProviderKind Kind,
    string LaCode,
    IReadOnlyList<ApTier> Tiers,
    int Capacity,
    DateOnly? LastQualityAssurance,
    QualityRating? Rating);
