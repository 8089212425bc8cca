using SendPlatform.NationalStandards.Domain.Reference;

namespace SendPlatform.NationalStandards.Domain.Standards;

/// <summary>
/// A versioned set of national standards. Lifecycle Draft → Published → Superseded: only a draft changes,
/// and at most one set is published (in force) at a time.
/// </summary>
public sealed class StandardsSet
{
    private StandardsSet() { }

    public string Version { get; private set; } = "";
    public int VersionYear { get; private set; }
    public int VersionNumber { get; private set; }
    public StandardsSetStatus Status { get; private set; }
    public StandardsSetContent Content { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>Optimistic concurrency (PostgreSQL xmin), so two writers cannot both change the same draft.</summary>
    public uint RowVersion { get; private set; }

    public StandardsVersion ParsedVersion => new(VersionYear, VersionNumber);

    public static StandardsSet CreateDraft(StandardsVersion version, StandardsSetContent content, string by, DateTimeOffset now) => new()
    {
        Version = version.ToString(),
        VersionYear = version.Year,
        VersionNumber = version.Number,
        Status = StandardsSetStatus.Draft,
        Content = content,
        CreatedAt = now,
        CreatedBy = by,
        UpdatedAt = now,
        UpdatedBy = by,
    };

    public void ReplaceContent(StandardsSetContent content, string by, DateTimeOffset now)
    {
        RequireDraft("changed");
        Content = content;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    /// <summary>Publishes this draft and supersedes the set in force, if any.</summary>
    public void Publish(StandardsSet? inForce, ReferenceCatalogue catalogue, string by, DateTimeOffset now)
    {
        RequireDraft("published");
        if (inForce is not null && !(ParsedVersion > inForce.ParsedVersion))
            throw new DomainRuleException(
                $"Version {Version} cannot be published: it must be later than {inForce.Version}, which is in force.");
        var problems = StandardsSetCompleteness.Problems(Content, catalogue);
        if (problems.Count > 0)
            throw new DomainRuleException($"Version {Version} is not complete enough to publish ({problems.Count} problem(s)).", problems);

        inForce?.Supersede(now);
        Status = StandardsSetStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    private void Supersede(DateTimeOffset now)
    {
        Status = StandardsSetStatus.Superseded;
        SupersededAt = now;
        UpdatedAt = now;
    }

    private void RequireDraft(string action)
    {
        if (Status != StandardsSetStatus.Draft)
            throw new DomainRuleException($"Version {Version} is {Status.ToString().ToLowerInvariant()}; only a draft can be {action}.");
    }
}
