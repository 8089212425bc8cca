using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.PupilMovements.Events;

/// <summary>
/// Finds the alerts that only the passing of time makes due: overdue time-limited AP placements (4), pupils
/// without education for more than the threshold's school days (5), and the daily recomputation of the off-rolling signal (6),
/// which a change in the LA's rate or the window sliding can trip without any deletion by the setting. Each run is
/// for a given date, which is how tests control time; raising is idempotent, so overlapping runs would be harmless,
/// but the schedule runs it on one replica at a time (RunAloneAsync) rather than do the same work on each.
/// </summary>
public sealed class OversightSweep(IServiceScopeFactory scopes, IOptions<OversightThresholds> thresholds, IOptions<OffRollingThresholds> offRolling,
    ILogger<OversightSweep> logger)
{
    private const int Batch = 200;

    public const string LockName = "pupil-movements:oversight-sweep";

    /// <summary>Runs the sweep unless another replica is running it now; null when it was skipped.</summary>
    public async Task<IReadOnlyDictionary<AlertType, int>?> RunAloneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        return await db.RunAloneAsync(LockName, () => RunAsync(now, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<AlertType, int>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = EnglandCalendar.DateOf(now);
        var raised = new Dictionary<AlertType, int>
        {
            [AlertType.OverdueApPlacement] = await RaiseAllAsync((db, after) => OverduePlacementsAsync(db, today, after, cancellationToken), now, cancellationToken),
            [AlertType.MissingEducation] = await RaiseAllAsync((db, after) => MissingEducationAsync(db, today, thresholds.Value, after, cancellationToken), now, cancellationToken),
            [AlertType.OffRollingSignal] = await OffRollingAsync(today, now, cancellationToken),
        };
        logger.LogInformation("Oversight sweep for {Today}: raised {Overdue} overdue-placement, {Missing} missing-education, {OffRolling} off-rolling alerts",
            today, raised[AlertType.OverdueApPlacement], raised[AlertType.MissingEducation], raised[AlertType.OffRollingSignal]);
        return raised;
    }

    private static async Task<(List<AlertOccurrence>, string? Last)> OverduePlacementsAsync(MovementsDbContext db, DateOnly today, string? after, CancellationToken cancellationToken)
    {
        var afterId = after is null ? Guid.Empty : Guid.Parse(after);
        var placements = await db.ApPlacements.AsNoTracking()
            .Where(p => p.EndedOn == null && p.PlannedEndDate < today && p.PlacementId > afterId
                && !db.Alerts.Any(a => a.OccurrenceKey == "overdue-placement:" + p.PlacementId.ToString()))
            .OrderBy(p => p.PlacementId).Take(Batch).ToListAsync(cancellationToken);
        return (placements.Where(p => OversightRules.IsOverdue(p, today)).Select(OversightRules.Overdue).ToList(),
            placements.Count < Batch ? null : placements[^1].PlacementId.ToString());
    }

    private static async Task<(List<AlertOccurrence>, string? Last)> MissingEducationAsync(MovementsDbContext db, DateOnly today, OversightThresholds thresholds, string? after,
        CancellationToken cancellationToken)
    {
        var latestStart = WorkingDays.LatestStartMoreThan(thresholds.MissingEducationSchoolDays, today);
        // An alert raised since the pupil's status last changed is this spell's: skip those without building their keys.
        var pupils = await db.Pupils.AsNoTracking()
            .Where(p => RegisteredPupil.MayBeWithoutEducation.Contains(p.Status) && Destinations.WithoutEducation.Contains(p.Destination!)
                && p.StatusSince <= latestStart && (after == null || string.Compare(p.Upn, after) > 0)
                && !db.Alerts.Any(a => a.Type == AlertType.MissingEducation && a.Upn == p.Upn && a.RaisedAt >= p.UpdatedAt))
            .OrderBy(p => p.Upn).Take(Batch).ToListAsync(cancellationToken);
        return (pupils.Where(p => OversightRules.IsMissingEducation(p.Status, p.Destination, p.StatusSince, today, thresholds))
            .Select(p => OversightRules.MissingEducation(p.Upn, p.ResponsibleLaCode, p.StatusSince, today)).ToList(),
            pupils.Count < Batch ? null : pupils[^1].Upn);
    }

    /// <summary>Raises page after page of candidates, each page in its own transaction.</summary>
    private async Task<int> RaiseAllAsync(Func<MovementsDbContext, string?, Task<(List<AlertOccurrence>, string?)>> findPage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var total = 0;
        string? after = null;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
            var ledger = scope.ServiceProvider.GetRequiredService<AlertLedger>();
            var (raised, last) = await db.InTransactionAsync(async ct =>
            {
                var count = 0;
                var (occurrences, lastKey) = await findPage(db, after);
                foreach (var occurrence in occurrences)
                    if (await ledger.RaiseAsync(occurrence, now, ct)) count++;
                await db.SaveChangesAsync(ct);
                return (count, lastKey);
            }, cancellationToken);
            total += raised;
            after = last;
        }
        while (after is not null);
        return total;
    }

    private async Task<int> OffRollingAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<(string LaCode, string Urn, SchoolPhase Phase)> settings;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
            var start = OffRollingRule.WindowStart(today, offRolling.Value);
            var rows = await db.Movements.AsNoTracking()
                .Where(m => m.Type == MovementType.Deletion && m.CountsTowardsOffRolling && m.EffectiveDate >= start && m.EffectiveDate <= today)
                .GroupBy(m => new { m.ResponsibleLaCode, m.FromUrn, m.Phase })
                .Where(g => g.Count() >= offRolling.Value.MinimumCount)
                .Select(g => g.Key).ToListAsync(cancellationToken);
            settings = rows.Select(r => (r.ResponsibleLaCode, r.FromUrn!, r.Phase)).ToList();
        }
        var raised = 0;
        foreach (var (laCode, urn, phase) in settings)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
            var check = scope.ServiceProvider.GetRequiredService<OffRollingCheck>();
            var signalled = await db.InTransactionAsync(async ct =>
            {
                var raisedOne = await check.EvaluateAsync(laCode, urn, phase, today, now, ct);
                await db.SaveChangesAsync(ct);
                return raisedOne;
            }, cancellationToken);
            if (signalled) raised++;
        }
        return raised;
    }
}
