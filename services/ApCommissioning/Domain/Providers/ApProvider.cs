namespace SendPlatform.ApCommissioning.Domain.Providers;

/// <summary>An AP provider on an LA's register.</summary>
public sealed class ApProvider
{
    private ApProvider() { }

    public Guid Id { get; private set; }
    public string? Urn { get; private set; }
    public string? ProviderReference { get; private set; }
    public string Name { get; private set; } = "";
    public ProviderKind Kind { get; private set; }
    public string LaCode { get; private set; } = "";
    public ApTier[] Tiers { get; private set; } = [];
    public int Capacity { get; private set; }
    public DateOnly? LastQualityAssurance { get; private set; }
    public QualityRating? Rating { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }

    public bool IsRegistered => ProviderRules.IsRegistered(Kind);

    public static ApProvider Register(ProviderDetails d, string registeredBy, string? idempotencyKey, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Urn = d.Urn,
        ProviderReference = d.ProviderReference,
        Name = d.Name,
        Kind = d.Kind,
        LaCode = d.LaCode,
        Tiers = [.. d.Tiers.Order()],
        Capacity = d.Capacity,
        LastQualityAssurance = d.LastQualityAssurance,
        Rating = d.Rating,
        RegisteredAt = now,
        RegisteredBy = registeredBy,
        IdempotencyKey = idempotencyKey,
    };
}
