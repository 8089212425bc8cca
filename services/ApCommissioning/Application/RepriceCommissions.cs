using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Upstream;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// A newly published funding framework reprices every commission that has not started and falls, at least in part,
/// in the framework's financial year: places not yet in use are paid at the rates now in force. Commissions already
/// started keep the price they were committed at.
/// Pricing is a call to funding-bands on the service's own behalf (no partner is behind an event), made outside any
/// transaction; each commission is then updated under its LA's budget lock, only if it still has not started. A new
/// price may take the tier past its budget: that is applied, not refused, since the LA did not choose the new tariff,
/// and the budget then shows what is over-committed.
/// Repricing recomputes from the tariffs in force, so doing it twice changes nothing further. A funding-bands replica
/// that has not yet loaded the new framework still prices with the superseded one: that throws, to be retried. An
/// event that arrives after a later framework for the same year changes nothing: the commission is repriced, and
/// named, by the later framework's event. A changed price sends the LA's new commitments (ApCommitmentsChanged).
/// </summary>
public sealed class RepriceCommissions(ApDbContext db, CommissionPricing pricing, ServiceTokenSource tokens, TimeProvider clock, ILogger<RepriceCommissions> log)
{
    public async Task RepriceAsync(string frameworkId, FinancialYear year, string? supersededFrameworkId, CancellationToken cancellationToken)
    {
        var today = clock.TodayInEngland();
        var candidates = await db.Commissions.AsNoTracking()
            .Where(c => c.Start > today && c.Start <= year.End && c.End >= year.Start)
            .Join(db.Providers, c => c.ProviderId, p => p.Id, (c, p) => new { Commission = c, p.Kind })
            .ToListAsync(cancellationToken);

        var repriced = 0;
        foreach (var candidate in candidates)
        {
            IReadOnlyList<CommissionCost> costs;
            try
            {
                costs = await pricing.PriceAsync(candidate.Commission.AsRequest(), candidate.Kind,
                    new CallOptions(await tokens.HeadersAsync(cancellationToken), cancellationToken: cancellationToken));
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.NotFound)
            {
                // The new framework cannot price this commission at all (its provision type or band is gone): it keeps
                // its committed price rather than holding up every other commission's repricing.
                log.LogWarning("Commission {CommissionId} could not be repriced for {FrameworkId}: {Reason}", candidate.Commission.Id, frameworkId, ex.Status.Detail);
                continue;
            }
            if (supersededFrameworkId is not null && costs.Any(c => c.StartYear == year.StartYear && c.FrameworkId == supersededFrameworkId))
                throw new InvalidOperationException($"funding-bands still prices {year} with {supersededFrameworkId}; retrying until it has loaded {frameworkId}.");
            if (costs.Any(c => c.StartYear == year.StartYear && c.FrameworkId != frameworkId))
            {
                // A later framework is already in force: this event arrived late (events are consumed concurrently and
                // retried), and the later framework's own event reprices the commission under the right name.
                log.LogInformation("Commission {CommissionId} is priced by a later framework than {FrameworkId}; left to that framework's event", candidate.Commission.Id, frameworkId);
                continue;
            }

            var changed = false;
            await db.InBudgetTransactionAsync(candidate.Commission.LaCode, async tx =>
            {
                var commission = await db.Commissions.SingleAsync(c => c.Id == candidate.Commission.Id, tx);
                var now = clock.GetStorageNow();
                changed = commission.Reprice(costs, frameworkId, clock.TodayInEngland(), now);
                await db.SaveChangesAsync(tx);
                if (changed) await db.PublishCommitmentsAsync(commission.LaCode, now, tx);
            }, cancellationToken);
            if (changed) repriced++;
            db.ChangeTracker.Clear();
        }
        log.LogInformation("{FrameworkId} repriced {Repriced} of {Candidates} commissions not yet started", frameworkId, repriced, candidates.Count);
    }
}
