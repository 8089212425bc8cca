using System.Text.Json;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.NationalStandards.Events;
using SendPlatform.ServiceDefaults.Caching;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.ServiceDefaults.Messaging;
using Proto = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.NationalStandards.Api;

public sealed class StandardsSetsApi(
    StandardsDbContext db,
    ReferenceCatalogueStore catalogueStore,
    CurrentStandardsReader currentStandards,
    CacheAside cache,
    TimeProvider clock) : Proto.StandardsSets.StandardsSetsBase
{
    // Serialises publishes across replicas: read the set in force, supersede it, publish, commit.
    private const string PublishLock = "standards-publish";

    /// <summary>Creates a draft. Repeating the same request returns the draft; the same version with other content is ALREADY_EXISTS.</summary>
    public override async Task<Proto.StandardsSet> CreateStandardsSet(Proto.CreateStandardsSetRequest request, ServerCallContext context)
    {
        var (caller, version, content) = AuthoriseDraftWrite(context, request.Version, request.Content);
        var existing = await db.StandardsSets.AsNoTracking().SingleOrDefaultAsync(s => s.Version == version.ToString(), context.CancellationToken);
        if (existing is not null)
        {
            if (existing.Status == StandardsSetStatus.Draft && SameContent(existing.Content, content)) return existing.ToProto();
            throw new AlreadyExistsException($"Standards set {version} already exists; use PUT /v1/standards/sets/{version} to change a draft.");
        }
        var set = StandardsSet.CreateDraft(version, content, caller.OrgId, clock.GetStorageNow());
        db.StandardsSets.Add(set);
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new AlreadyExistsException($"Standards set {version} already exists.");
        }
        return set.ToProto();
    }

    public override async Task<Proto.StandardsSet> ReplaceStandardsSet(Proto.ReplaceStandardsSetRequest request, ServerCallContext context)
    {
        var (caller, version, content) = AuthoriseDraftWrite(context, request.Version, request.Content);
        var set = await FindAsync(version, context.CancellationToken);
        set.ReplaceContent(content, caller.OrgId, clock.GetStorageNow());
        await SaveOrConflictAsync(version, context.CancellationToken);
        return set.ToProto();
    }

    public override async Task<Proto.StandardsSet> PublishStandardsSet(Proto.PublishStandardsSetRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        caller.Require(OrganisationType.Dfe, "publish national standards");
        var violations = new Violations();
        var version = StandardsSetValidation.Version(request.Version, violations);
        violations.ThrowIfAny();
        var catalogue = await catalogueStore.GetAsync(context.CancellationToken);

        var published = await db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync(PublishLock, ct);
            var set = await FindAsync(version, ct);
            var inForce = await db.StandardsSets.SingleOrDefaultAsync(s => s.Status == StandardsSetStatus.Published, ct);
            set.Publish(inForce, catalogue, caller.OrgId, clock.GetStorageNow());
            db.EnqueueIntegrationEvent(StandardsPublishedEvent.From(set, inForce));
            await db.SaveChangesAsync(ct);
            return set;
        }, context.CancellationToken);

        await cache.RemoveAsync(StandardsCacheKeys.CurrentSet);
        return published.ToProto();
    }

    public override async Task<Proto.StandardsSet> GetStandardsSet(Proto.GetStandardsSetRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var version = StandardsSetValidation.Version(request.Version, violations);
        violations.ThrowIfAny();
        var set = await db.StandardsSets.AsNoTracking().SingleOrDefaultAsync(s => s.Version == version.ToString(), context.CancellationToken)
            ?? throw new NotFoundException("Standards set", version.ToString());
        return set.ToProto();
    }

    public override Task<Proto.StandardsSet> GetCurrentStandards(Proto.GetCurrentStandardsRequest request, ServerCallContext context)
    {
        return currentStandards.GetAsync(context.CancellationToken);
    }

    public override async Task<Proto.ListStandardsSetsResponse> ListStandardsSets(Proto.ListStandardsSetsRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var paging = Paging.From(request.Page, violations);
        StandardsVersion? after = null;
        if (paging.AfterKey is not null)
        {
            if (StandardsVersion.TryParse(paging.AfterKey, out var parsed)) after = parsed;
            else violations.Add("page.page_token", "is not a token this endpoint issued");
        }
        if (request.Status != Proto.StandardsSetStatus.Unspecified && !Enum.IsDefined((StandardsSetStatus)(int)request.Status))
            violations.Add("status", "must be DRAFT, PUBLISHED or SUPERSEDED");
        violations.ThrowIfAny();

        var query = db.StandardsSets.AsNoTracking();
        if (request.Status != Proto.StandardsSetStatus.Unspecified)
        {
            var status = (StandardsSetStatus)(int)request.Status;
            query = query.Where(s => s.Status == status);
        }
        var total = await query.CountAsync(context.CancellationToken);
        if (after is { } a)
            query = query.Where(s => s.VersionYear < a.Year || (s.VersionYear == a.Year && s.VersionNumber < a.Number));
        var rows = await query.OrderByDescending(s => s.VersionYear).ThenByDescending(s => s.VersionNumber)
            .Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, s => s.Version, total);
        return new Proto.ListStandardsSetsResponse { Sets = { rows.Select(s => s.ToSummary()) }, Page = page };
    }

    /// <summary>Create and replace alike: DfE only, then every field of the draft well-formed.</summary>
    private static (CallerOrganisation Caller, StandardsVersion Version, StandardsSetContent Content) AuthoriseDraftWrite(
        ServerCallContext context, string version, Proto.StandardsSetContent? content)
    {
        var caller = context.GetCaller();
        caller.Require(OrganisationType.Dfe, "write national standards");
        var violations = new Violations();
        var parsedVersion = StandardsSetValidation.Version(version, violations);
        var parsedContent = StandardsSetValidation.Content(content, violations);
        violations.ThrowIfAny();
        return (caller, parsedVersion, parsedContent);
    }

    private async Task<StandardsSet> FindAsync(StandardsVersion version, CancellationToken cancellationToken) =>
        await db.StandardsSets.SingleOrDefaultAsync(s => s.Version == version.ToString(), cancellationToken)
        ?? throw new NotFoundException("Standards set", version.ToString());

    private async Task SaveOrConflictAsync(StandardsVersion version, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException($"Standards set {version} was changed by someone else at the same time; read it again and retry.");
        }
    }

    private static bool SameContent(StandardsSetContent a, StandardsSetContent b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
