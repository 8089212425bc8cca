using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.NationalStandards.Application;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.NationalStandards.Api;

public sealed class StandardsSetsApi(
    StandardsDbContext db,
    DraftStandardsSet drafts,
    PublishStandardsSet publishing,
    CurrentStandardsReader currentStandards) : Proto.StandardsSets.StandardsSetsBase
{
    public override async Task<Proto.StandardsSet> CreateStandardsSet(Proto.CreateStandardsSetRequest request, ServerCallContext context)
    {
        var (version, content) = Draft(request.Version, request.Content);
        return (await drafts.CreateAsync(context.GetCaller(), version, content, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.StandardsSet> ReplaceStandardsSet(Proto.ReplaceStandardsSetRequest request, ServerCallContext context)
    {
        var (version, content) = Draft(request.Version, request.Content);
        return (await drafts.ReplaceAsync(context.GetCaller(), version, content, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.StandardsSet> PublishStandardsSet(Proto.PublishStandardsSetRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var version = StandardsSetValidation.Version(request.Version, violations);
        violations.ThrowIfAny();
        return (await publishing.PublishAsync(context.GetCaller(), version, context.CancellationToken)).ToProto();
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

    private static (StandardsVersion Version, StandardsSetContent Content) Draft(string version, Proto.StandardsSetContent? content)
    {
        var violations = new Violations();
        var parsedVersion = StandardsSetValidation.Version(version, violations);
        var parsedContent = StandardsSetValidation.Content(content, violations);
        violations.ThrowIfAny();
        return (parsedVersion, parsedContent);
    }
}
