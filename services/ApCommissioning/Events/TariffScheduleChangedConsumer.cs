using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Identifiers;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.ApCommissioning.Upstream;

namespace SendPlatform.ApCommissioning.Events;

/// <summary>
/// A newly published funding framework reprices every commission that has not started and falls, at least in part,
/// in the framework's financial year: places not yet in use are paid at the rates now in force. Commissions already
/// started keep the price they were committed at.
/// Pricing is a call to funding-bands on the service's own behalf (no partner is behind an event), made outside any
/// transaction; each commission is then updated under its LA's budget lock, only if it still has not started. A new
/// price may take the tier past its budget: that is applied, not refused, since the LA did not choose the new tariff,
/// and the budget then shows what is over-committed.
/// Repricing recomputes from the tariffs in force, so a redelivered event changes nothing further and no inbox claim
/// is needed. A funding-bands replica that has not yet loaded the new framework still prices with the superseded one:
/// that is retried rather than stored.
/// </summary>
public sealed class TariffScheduleChangedConsumer(
    ApDbContext db, CommissionPricing pricing, ServiceTokenSource tokens, TimeProvider clock, ILogger<TariffScheduleChangedConsumer> log)
    : IConsumer<TariffScheduleChanged>
{
    public async Task Consume(ConsumeContext<TariffScheduleChanged> context)
    {
        var e = context.Message;
        var ct = context.CancellationToken;
        if (!FinancialYear.TryParse(e.FinancialYear, out var year)) throw new InvalidOperationException($"'{e.FinancialYear}' is not a financial year.");
        var today = clock.TodayInEngland();
        var candidates = await db.Commissions.AsNoTracking()
            .Where(c => c.Start > today && c.Start <= year.Value.End && c.End >= year.Value.Start)
            .Join(db.Providers, c => c.ProviderId, p => p.Id, (c, p) => new { Commission = c, p.Kind })
            .ToListAsync(ct);

        var repriced = 0;
        foreach (var candidate in candidates)
        {
            IReadOnlyList<Domain.Commissions.CommissionCost> costs;
            try
            {
                costs = await pricing.PriceAsync(candidate.Commission.AsRequest(), candidate.Kind, new CallOptions(await tokens.HeadersAsync(ct), cancellationToken: ct));
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.NotFound)
            {
                // The new framework cannot price this commission at all (its provision type or band is gone): it keeps
                // its committed price rather than holding up every other commission's repricing.
                log.LogWarning("Commission {CommissionId} could not be repriced for {FrameworkId}: {Reason}", candidate.Commission.Id, e.FrameworkId, ex.Status.Detail);
                continue;
            }
            if (e.SupersededFrameworkId is not null && costs.Any(c => c.StartYear == year.Value.StartYear && c.FrameworkId == e.SupersededFrameworkId))
                throw new InvalidOperationException($"funding-bands still prices {year} with {e.SupersededFrameworkId}; retrying until it has loaded {e.FrameworkId}.");

            var changed = false;
            await db.InTransactionAsync(async tx =>
            {
                await db.LockBudgetAsync(candidate.Commission.LaCode, tx);
                var commission = await db.Commissions.SingleAsync(c => c.Id == candidate.Commission.Id, tx);
                changed = commission.Reprice(costs, e.FrameworkId, clock.TodayInEngland(), clock.GetStorageNow());
                await db.SaveChangesAsync(tx);
            }, ct);
            if (changed) repriced++;
            db.ChangeTracker.Clear();
        }
        log.LogInformation("{FrameworkId} repriced {Repriced} of {Candidates} commissions not yet started", e.FrameworkId, repriced, candidates.Count);
    }
}
