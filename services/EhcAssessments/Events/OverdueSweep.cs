using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.EhcAssessments.Events;

/// <summary>
/// Raises the alerts only the passing of time makes due: each case whose next statutory step is past its due day gets
/// one alert for that step and day, and EhcStepOverdue with it in the same transaction. Each run is for a given
/// instant, which is how tests control time; the ledger's key makes raising idempotent, and the schedule runs the sweep
/// on one replica at a time (RunAloneAsync) rather than do the same work on each.
/// </summary>
public sealed class OverdueSweep(IServiceScopeFactory scopes, ILogger<OverdueSweep> logger)
{
    private const int Batch = 200;

    public const string LockName = "ehc-assessments:overdue-sweep";

    /// <summary>Runs the sweep unless another replica is running it now; null when it was skipped.</summary>
    public async Task<int?> RunAloneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EhcDbContext>();
        return await db.RunAloneAsync<int?>(LockName, async () => await RunAsync(now, cancellationToken), cancellationToken);
    }

    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = EnglandCalendar.DateOf(now);
        var raised = 0;
        long after = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EhcDbContext>();
            var (count, last) = await db.InTransactionAsync(async ct =>
            {
                var cases = await db.Cases.AsNoTracking()
                    .Where(c => c.NextDueOn < today && c.Sequence > after
                        && !db.OverdueAlerts.Any(a => a.CaseId == c.Id && a.DueOn == c.NextDueOn))
                    .OrderBy(c => c.Sequence).Take(Batch).ToListAsync(ct);
                var alerts = cases.Select(c => (Case: c, Alert: OverdueAlert.For(c, today, now))).Where(x => x.Alert is not null).ToList();
                foreach (var (ehcCase, alert) in alerts)
                {
                    db.OverdueAlerts.Add(alert!);
                    db.EnqueueIntegrationEvent(EhcCaseEvents.Overdue(alert!, ehcCase.Next!.Period.Authority));
                }
                await db.SaveChangesAsync(ct);
                return (alerts.Count, cases.Count < Batch ? (long?)null : cases[^1].Sequence);
            }, cancellationToken);
            raised += count;
            if (last is not { } next) break;
            after = next;
        }
        logger.LogInformation("Overdue sweep for {Today}: raised {Raised} alerts", today, raised);
        return raised;
    }
}
