using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Upstream;
using SendPlatform.ServiceDefaults.Database;
using Grpc.Core;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// An LA commissioning places from a provider on its AP register, priced by funding-bands at the tariffs in force.
/// The commitment is checked against what the tier's budget has left under the LA's budget lock, so two commissions
/// at once never spend the same pound; going over needs a stated reason. A repeated idempotency key answers with
/// the first commission. The LA's new commitments go out as ApCommitmentsChanged in the same transaction.
/// </summary>
public sealed class CommissionPlaces(ApDbContext db, CommissionPricing pricing, TimeProvider clock)
{
    public Task<ApCommission> CommissionAsync(CallerOrganisation caller, string? key, CommissionRequest commission, CallOptions onBehalfOfCaller,
        CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(commission.LaCode, "commission AP places");
        return db.CreateOnceAsync(key, (k, ct) => db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionedBy == caller.OrgId && c.IdempotencyKey == k, ct),
            async ct =>
            {
                var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == commission.ProviderId, ct)
                    ?? throw new NotFoundException("AP provider", commission.ProviderId.ToString());
                CommissionRules.CheckProvider(commission, provider);
                var costs = await pricing.PriceAsync(commission, provider.Kind, onBehalfOfCaller);
                ApCommission? created = null;
                await db.InBudgetTransactionAsync(commission.LaCode, async tx =>
                {
                    var (_, positions) = await db.BudgetOfAsync(commission.LaCode, tx);
                    var over = CommissionRules.Overcommitted(commission.Tier, costs, positions);
                    if (over.Count > 0 && commission.OverrideReason is null)
                        throw new DomainRuleException("The commission costs more than the AP budget has left; give an override reason to commit it anyway.", over);
                    var now = clock.GetStorageNow();
                    created = ApCommission.Commit(commission, costs, caller.OrgId, key, now);
                    db.Commissions.Add(created);
                    await db.SaveChangesAsync(tx);
                    await db.PublishCommitmentsAsync(commission.LaCode, now, tx);
                }, ct);
                return created!;
            }, cancellationToken);
    }
}
