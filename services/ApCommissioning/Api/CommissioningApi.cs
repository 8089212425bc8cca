using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Budget;
using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identifiers;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.ServiceDefaults.Messaging;
using Proto = SendPlatform.Contracts.Ap.V1;
using SendPlatform.ApCommissioning.Upstream;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>
/// The LA's AP budget and the places it commissions against it. Budget changes and commitments of one LA take
/// turns on an advisory lock, so two commissions at once can never both spend the same remaining pound.
/// </summary>
public sealed class CommissioningApi(ApDbContext db, CommissionPricing pricing, TimeProvider clock) : Proto.ApCommissioning.ApCommissioningBase
{
    public override async Task<Proto.ApBudget> SetBudget(Proto.SetBudgetRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        var plan = CommissioningValidation.Budget(request, v);
        v.ThrowIfAny();
        var laCode = la!.Value.Value;
        caller.RequireLocalAuthorityOf(laCode, "set its AP budget");
        var now = clock.GetStorageNow();

        await InLaTransactionAsync(laCode, async ct =>
        {
            var positions = await PositionsAsync(laCode, ct);
            var below = plan!.YearsCovered.SelectMany(year => Enum.GetValues<ApTier>().Select(tier => (year, tier)))
                .Select(k => (k.year, k.tier, Committed: positions.FirstOrDefault(p => p.Year == k.year && p.Tier == k.tier)?.Committed ?? 0m))
                .Where(k => plan.AmountFor(k.year, k.tier) < k.Committed)
                .Select(k => new FieldViolation($"years.{k.year}.{k.tier}", string.Create(CultureInfo.InvariantCulture, $"£{k.Committed:N2} is already committed")))
                .ToList();
            if (below.Count > 0) throw new DomainRuleException("A budget cannot be set below what is already committed.", below);

            var startYears = plan.YearsCovered.Select(y => y.StartYear).ToArray();
            await db.BudgetLines.Where(b => b.LaCode == laCode && startYears.Contains(b.StartYear)).ExecuteDeleteAsync(ct);
            var lines = plan.YearsCovered.SelectMany(year => Enum.GetValues<ApTier>()
                .Select(tier => ApBudgetLine.Set(laCode, year.StartYear, tier, plan.AmountFor(year, tier), caller.OrgId, now))).ToList();
            db.BudgetLines.AddRange(lines);
            db.EnqueueIntegrationEvent(new ApBudgetSet(laCode, plan.FirstYear.ToString(),
                lines.Select(l => new ApBudgetAmount(new FinancialYear(l.StartYear).ToString(), l.Tier.ToString(), l.Amount)).ToList(), now) { OccurredAt = now });
            await db.SaveChangesAsync(ct);
        }, context.CancellationToken);
        return await BudgetAsync(laCode, context.CancellationToken);
    }

    public override async Task<Proto.ApBudget> GetBudget(Proto.GetBudgetRequest request, ServerCallContext context)
    {
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) throw new RequestValidationException([new FieldViolation("la_code", reason)]);
        context.GetCaller().RequireLocalAuthorityOf(la.Value.Value, "read its AP budget");
        return await BudgetAsync(la.Value.Value, context.CancellationToken);
    }

    public override async Task<Proto.Commission> CommissionPlaces(Proto.CommissionPlacesRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var commission = CommissioningValidation.Commission(request, v);
        v.ThrowIfAny();
        caller.RequireLocalAuthorityOf(commission!.LaCode, "commission AP places");
        var committed = await db.CreateOnceAsync(key, (k, ct) => FirstAsync(caller, k, ct), async cancellationToken =>
        {
            var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == commission.ProviderId, cancellationToken)
                ?? throw new NotFoundException("AP provider", request.ProviderId);
            CommissionRules.CheckProvider(commission, provider);
            var costs = await pricing.PriceAsync(commission, provider.Kind, context.OnBehalfOfCaller());
            var now = clock.GetStorageNow();
            ApCommission? created = null;
            await InLaTransactionAsync(commission.LaCode, async ct =>
            {
                var over = CommissionRules.Overcommitted(commission.Tier, costs, await PositionsAsync(commission.LaCode, ct));
                if (over.Count > 0 && commission.OverrideReason is null)
                    throw new DomainRuleException("The commission costs more than the AP budget has left; give an override reason to commit it anyway.", over);
                created = ApCommission.Commit(commission, costs, caller.OrgId, key, now);
                db.Commissions.Add(created);
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return created!;
        }, context.CancellationToken);
        return committed.ToProto();
    }

    public override async Task<Proto.ListCommissionsResponse> ListCommissions(Proto.ListCommissionsRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        Guid? providerId = null;
        if (!string.IsNullOrWhiteSpace(request.ProviderId))
        {
            if (Guid.TryParse(request.ProviderId, out var id)) providerId = id;
            else v.Add("provider_id", "is not a provider id");
        }
        if (request.Tier != Proto.ApTier.Unspecified && !Enum.IsDefined((ApTier)(int)request.Tier)) v.Add("tier", "is not a tier");
        var paging = Paging.From(request.Page, v);
        var before = paging.SequenceKey(v);
        v.ThrowIfAny();
        context.GetCaller().RequireLocalAuthorityOf(la!.Value.Value, "read its AP commissions");

        var query = db.Commissions.AsNoTracking().Where(c => c.LaCode == la.Value.Value);
        if (providerId is { } p) query = query.Where(c => c.ProviderId == p);
        if (request.Tier != Proto.ApTier.Unspecified)
        {
            var tier = (ApTier)(int)request.Tier;
            query = query.Where(c => c.Tier == tier);
        }
        var total = await query.CountAsync(context.CancellationToken);
        if (before is { } b) query = query.Where(c => c.Sequence < b);
        var rows = await query.OrderByDescending(c => c.Sequence).Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, c => c.Sequence.ToString(), total);
        return new Proto.ListCommissionsResponse { Commissions = { rows.Select(c => c.ToProto()) }, Page = page };
    }

    private Task<ApCommission?> FirstAsync(CallerOrganisation caller, string key, CancellationToken cancellationToken) =>
        db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionedBy == caller.OrgId && c.IdempotencyKey == key, cancellationToken);

    private async Task<Proto.ApBudget> BudgetAsync(string laCode, CancellationToken cancellationToken)
    {
        var lines = await db.BudgetLines.AsNoTracking().Where(b => b.LaCode == laCode).ToListAsync(cancellationToken);
        return CommissioningMapping.ToProto(laCode, lines, BudgetPosition.Of(lines, await CommittedAsync(laCode, cancellationToken)));
    }

    private async Task<IReadOnlyList<BudgetPosition>> PositionsAsync(string laCode, CancellationToken cancellationToken) =>
        BudgetPosition.Of(await db.BudgetLines.AsNoTracking().Where(b => b.LaCode == laCode).ToListAsync(cancellationToken), await CommittedAsync(laCode, cancellationToken));

    private async Task<List<(int, ApTier, decimal)>> CommittedAsync(string laCode, CancellationToken cancellationToken) =>
        (await db.Commissions.AsNoTracking().Where(c => c.LaCode == laCode).ToListAsync(cancellationToken))
            .SelectMany(c => c.Costs.Select(cost => (cost.StartYear, c.Tier, cost.Total))).ToList();

    private Task InLaTransactionAsync(string laCode, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await db.LockBudgetAsync(laCode, ct);
            await work(ct);
        }, cancellationToken);
}
