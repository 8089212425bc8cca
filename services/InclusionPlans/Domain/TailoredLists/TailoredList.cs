namespace SendPlatform.InclusionPlans.Domain.TailoredLists;

/// <summary>A list drawn for a child, kept as drawn: it is part of the child's record of what parents were offered.</summary>
public sealed class TailoredList
{
    private TailoredList() { }

    public Guid Id { get; private set; }
    public string LaCode { get; private set; } = "";
    public ChildProfile Child { get; private set; } = null!;
    public string StandardsVersion { get; private set; } = "";
    public List<TailoredSetting> Settings { get; private set; } = [];
    public int TotalMatching { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    /// <summary>When the child's home location was removed from the stored profile (retention); null while it is kept.</summary>
    public DateTimeOffset? HomeRemovedAt { get; private set; }

    public static TailoredList Draw(ChildProfile child, string standardsVersion, IReadOnlyList<TailoredSetting> settings, int totalMatching,
        string by, string? idempotencyKey, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        LaCode = child.LaCode,
        Child = child,
        StandardsVersion = standardsVersion,
        Settings = [.. settings],
        TotalMatching = totalMatching,
        CreatedAt = now,
        CreatedBy = by,
        IdempotencyKey = idempotencyKey,
    };
}
