using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.FundingBands.Application;
using SendPlatform.FundingBands.Data;
using SendPlatform.FundingBands.Domain;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Funding.V1;
using SendPlatform.FundingBands.Upstream;

namespace SendPlatform.FundingBands.Api;

public sealed class FrameworksApi(
    FundingDbContext db,
    NationalProvisionTypes provisionTypes,
    DraftFramework drafts,
    PublishFramework publishing) : Proto.FundingFrameworks.FundingFrameworksBase
{
    /// <summary>Creates the next version of the year as a draft. A repeated idempotency key returns the first result.</summary>
    public override async Task<Proto.Framework> CreateFramework(Proto.CreateFrameworkRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var year = FrameworkValidation.Year(request.FinancialYear, "financial_year", v);
        var effectiveFrom = FrameworkValidation.EffectiveFrom(request.EffectiveFrom, year, v);
        var content = FrameworkValidation.Content(request.Content, await provisionTypes.GetAsync(context), v);
        if (year is not { } financialYear || effectiveFrom is not { } from || v.Any) throw v.Refusal();
        return (await drafts.CreateAsync(caller, key, financialYear, from, content, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.Framework> ReplaceFramework(Proto.ReplaceFrameworkRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var draft = await drafts.FindAsync(caller, request.Id, context.CancellationToken);
        var v = new Violations();
        var effectiveFrom = FrameworkValidation.EffectiveFrom(request.EffectiveFrom, draft.FinancialYear, v);
        var content = FrameworkValidation.Content(request.Content, await provisionTypes.GetAsync(context), v);
        if (effectiveFrom is not { } from || v.Any) throw v.Refusal();
        return (await drafts.ReplaceAsync(caller, draft, from, content, context.CancellationToken)).ToProto();
    }

    /// <summary>Publishes a draft, superseding the year's version in force from this one's effective date, and tells the platform.</summary>
    public override async Task<Proto.Framework> PublishFramework(Proto.PublishFrameworkRequest request, ServerCallContext context) =>
        (await publishing.PublishAsync(context.GetCaller(), request.Id, context.CancellationToken)).ToProto();

    public override async Task<Proto.Framework> GetFramework(Proto.GetFrameworkRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var year = v.Checked(FrameworkValidation.Year(request.FinancialYear, "financial_year", v));
        var framework = await db.Frameworks.AsNoTracking()
            .SingleOrDefaultAsync(f => f.FinancialYearStart == year.StartYear && f.Status == FrameworkStatus.Published, context.CancellationToken)
            ?? throw new NotFoundException("Published funding framework for", year.ToString());
        return framework.ToProto();
    }

    public override async Task<Proto.ListFrameworksResponse> ListFrameworks(Proto.ListFrameworksRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var paging = Paging.From(request.Page, v);
        var year = string.IsNullOrEmpty(request.FinancialYear) ? null : FrameworkValidation.Year(request.FinancialYear, "financial_year", v);
        (int Year, int Version)? after = null;
        if (paging.AfterKey is not null)
        {
            var parts = paging.AfterKey.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], out var y) && int.TryParse(parts[1], out var n)) after = (y, n);
            else v.Add("page.page_token", "is not a token this endpoint issued");
        }
        v.ThrowIfAny();

        var query = db.Frameworks.AsNoTracking();
        if (year is { } fy) query = query.Where(f => f.FinancialYearStart == fy.StartYear);
        var total = await query.CountAsync(context.CancellationToken);
        if (after is var (ay, an)) query = query.Where(f => f.FinancialYearStart < ay || (f.FinancialYearStart == ay && f.Version < an));
        var rows = await query.OrderByDescending(f => f.FinancialYearStart).ThenByDescending(f => f.Version)
            .Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, f => $"{f.FinancialYearStart}:{f.Version}", total);
        return new Proto.ListFrameworksResponse { Frameworks = { rows.Select(f => f.ToSummary()) }, Page = page };
    }
}
