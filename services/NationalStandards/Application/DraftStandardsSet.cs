using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.NationalStandards.Application;

/// <summary>
/// DfE drafting a standards set: creating one, and replacing a draft's content. Creating the same draft again
/// answers with it; the same version with other content is ALREADY_EXISTS. Two replacements at once: the later
/// one is told to read again, never silently lost.
/// </summary>
public sealed class DraftStandardsSet(StandardsDbContext db, TimeProvider clock)
{
    public async Task<StandardsSet> CreateAsync(CallerOrganisation caller, StandardsVersion version, StandardsSetContent content, CancellationToken cancellationToken)
    {
        caller.Require(OrganisationType.Dfe, "write national standards");
        var existing = await db.StandardsSets.AsNoTracking().SingleOrDefaultAsync(s => s.Version == version.ToString(), cancellationToken);
        if (existing is not null)
        {
            if (existing.Status == StandardsSetStatus.Draft && SameContent(existing.Content, content)) return existing;
            throw new AlreadyExistsException($"Standards set {version} already exists; use PUT /v1/standards/sets/{version} to change a draft.");
        }
        var set = StandardsSet.CreateDraft(version, content, caller.OrgId, clock.GetStorageNow());
        db.StandardsSets.Add(set);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new AlreadyExistsException($"Standards set {version} already exists.");
        }
        return set;
    }

    public async Task<StandardsSet> ReplaceAsync(CallerOrganisation caller, StandardsVersion version, StandardsSetContent content, CancellationToken cancellationToken)
    {
        caller.Require(OrganisationType.Dfe, "write national standards");
        var set = await db.StandardsSets.SingleOrDefaultAsync(s => s.Version == version.ToString(), cancellationToken)
            ?? throw new NotFoundException("Standards set", version.ToString());
        set.ReplaceContent(content, caller.OrgId, clock.GetStorageNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException($"Standards set {version} was changed by someone else at the same time; read it again and retry.");
        }
        return set;
    }

    private static bool SameContent(StandardsSetContent a, StandardsSetContent b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
