using SendPlatform.ServiceDefaults.Identifiers;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.FundingBands.Data;
using SendPlatform.FundingBands.Domain;
using SendPlatform.FundingBands.Events;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.ServiceDefaults.Messaging;
using Proto = SendPlatform.Contracts.Funding.V1;
using SendPlatform.FundingBands.Upstream;

namespace SendPlatform.FundingBands.Api;

public sealed class FrameworksApi(
    FundingDbContext db,
    NationalProvisionTypes provisionTypes,
    PublishedFrameworkStore published,
    TimeProvider clock) : Proto.FundingFrameworks.FundingFrameworksBase
{
    /// <summary>Creates the next version of the year as a draft. A repeated idempotency key returns the first result.</summary>
    public override async Task<Proto.Framework> CreateFramework(Proto.CreateFrameworkRequest request, ServerCallContext context)
    {
        var caller = RequireDfe(context);
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        if (key is not null && !v.Any)
        {
            var earlier = await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.IdempotencyKey == key, context.CancellationToken);
            if (earlier is not null) return earlier.ToProto();
        }
        var year = FrameworkValidation.Year(request.FinancialYear, "financial_year", v);
        var effectiveFrom = FrameworkValidation.EffectiveFrom(request.EffectiveFrom, year, v);
        var content = FrameworkValidation.Content(request.Content, await provisionTypes.GetAsync(context), v);
        v.ThrowIfAny();

        var created = await db.InTransactionAsync(async ct =>
        {
            await LockYearAsync(year!.Value, ct);
            var version = 1 + (await db.Frameworks.Where(f => f.FinancialYearStart == year.Value.StartYear).MaxAsync(f => (int?)f.Version, ct) ?? 0);
            var framework = FundingFramework.CreateDraft(year.Value, version, effectiveFrom!.Value, content, key, caller.OrgId, clock.GetStorageNow());
            db.Frameworks.Add(framework);
            await db.SaveChangesAsync(ct);
            return framework;
        }, context.CancellationToken);
        return created.ToProto();
    }

    public override async Task<Proto.Framework> ReplaceFramework(Proto.ReplaceFrameworkRequest request, ServerCallContext context)
    {
        var caller = RequireDfe(context);
        var framework = await db.Frameworks.SingleOrDefaultAsync(f => f.Id == request.Id, context.CancellationToken)
            ?? throw new NotFoundException("Funding framework", request.Id);
        var v = new Violations();
        var effectiveFrom = FrameworkValidation.EffectiveFrom(request.EffectiveFrom, framework.FinancialYear, v);
        var content = FrameworkValidation.Content(request.Content, await provisionTypes.GetAsync(context), v);
        v.ThrowIfAny();
        framework.Replace(effectiveFrom!.Value, content, caller.OrgId, clock.GetStorageNow());
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException($"Framework {framework.Id} was changed by someone else at the same time; read it again and retry.");
        }
        return framework.ToProto();
    }

    /// <summary>Publishes a draft, superseding the year's version in force from this one's effective date, and tells the platform.</summary>
    public override async Task<Proto.Framework> PublishFramework(Proto.PublishFrameworkRequest request, ServerCallContext context)
    {
        var caller = RequireDfe(context);
        var framework = await db.InTransactionAsync(async ct =>
        {
            var draft = await db.Frameworks.SingleOrDefaultAsync(f => f.Id == request.Id, ct)
                ?? throw new NotFoundException("Funding framework", request.Id);
            await LockYearAsync(draft.FinancialYear, ct);
            var inForce = await db.Frameworks.SingleOrDefaultAsync(f => f.FinancialYearStart == draft.FinancialYearStart && f.Status == FrameworkStatus.Published, ct);
            draft.Publish(inForce, caller.OrgId, clock.GetStorageNow());
            db.EnqueueIntegrationEvent(TariffScheduleChangedEvent.From(draft, inForce));
            await db.SaveChangesAsync(ct);
            return draft;
        }, context.CancellationToken);
        await published.ReloadAsync(context.CancellationToken);
        return framework.ToProto();
    }

    public override async Task<Proto.Framework> GetFramework(Proto.GetFrameworkRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var year = FrameworkValidation.Year(request.FinancialYear, "financial_year", v);
        v.ThrowIfAny();
        var framework = await db.Frameworks.AsNoTracking()
            .SingleOrDefaultAsync(f => f.FinancialYearStart == year!.Value.StartYear && f.Status == FrameworkStatus.Published, context.CancellationToken)
            ?? throw new NotFoundException("Published funding framework for", year!.Value.ToString());
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

    private static CallerOrganisation RequireDfe(ServerCallContext context)
    {
        var caller = context.GetCaller();
        caller.Require(OrganisationType.Dfe, "write funding frameworks");
        return caller;
    }

    // Serialises version numbering and publishing within one financial year, across replicas.
    private Task LockYearAsync(FinancialYear year, CancellationToken cancellationToken) =>
        db.Database.LockAsync($"funding-frameworks:{year}", cancellationToken);
}
