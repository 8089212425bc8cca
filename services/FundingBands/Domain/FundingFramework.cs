namespace SendPlatform.FundingBands.Domain;

/// <summary>
/// One version of a financial year's framework. Draft → Published; a published version never changes. A later
/// version of the same year supersedes the one in force from its own effective date, so days before that date
/// are still priced by the earlier version.
/// </summary>
public sealed class FundingFramework
{
    private FundingFramework() { }

    public string Id { get; private set; } = "";
    public int FinancialYearStart { get; private set; }
    public int Version { get; private set; }
    public FrameworkStatus Status { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public FrameworkContent Content { get; private set; } = null!;
    public string? IdempotencyKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }
    public uint RowVersion { get; private set; }

    public FinancialYear FinancialYear => new(FinancialYearStart);

    public static string IdFor(FinancialYear year, int version) => $"{year}.v{version}";

    public static FundingFramework CreateDraft(FinancialYear year, int version, DateOnly effectiveFrom, FrameworkContent content,
        string? idempotencyKey, string by, DateTimeOffset now) => new()
    {
        Id = IdFor(year, version),
        FinancialYearStart = year.StartYear,
        Version = version,
        Status = FrameworkStatus.Draft,
        EffectiveFrom = effectiveFrom,
        Content = content,
        IdempotencyKey = idempotencyKey,
        CreatedAt = now,
        CreatedBy = by,
        UpdatedAt = now,
        UpdatedBy = by,
    };

    public void Replace(DateOnly effectiveFrom, FrameworkContent content, string by, DateTimeOffset now)
    {
        RequireDraft("changed");
        EffectiveFrom = effectiveFrom;
        Content = content;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    /// <summary>Publishes this draft; inForce is the year's latest published version, if any.</summary>
    public void Publish(FundingFramework? inForce, string by, DateTimeOffset now)
    {
        RequireDraft("published");
        if (inForce is null && EffectiveFrom != FinancialYear.Start)
            throw new DomainRuleException($"The first framework of {FinancialYear} must take effect on {FinancialYear.Start:yyyy-MM-dd}, the start of the year.");
        if (inForce is not null && EffectiveFrom < inForce.EffectiveFrom)
            throw new DomainRuleException($"{Id} cannot take effect on {EffectiveFrom:yyyy-MM-dd}, before {inForce.Id} (in force from {inForce.EffectiveFrom:yyyy-MM-dd}).");
        inForce?.Supersede(now);
        Status = FrameworkStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    private void Supersede(DateTimeOffset now)
    {
        Status = FrameworkStatus.Superseded;
        SupersededAt = now;
        UpdatedAt = now;
    }

    private void RequireDraft(string action)
    {
        if (Status != FrameworkStatus.Draft)
            throw new DomainRuleException($"Framework {Id} is {Status.ToString().ToLowerInvariant()}; only a draft can be {action}.");
    }
}
