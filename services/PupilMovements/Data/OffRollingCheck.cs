using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.PupilMovements.Data;

/// <summary>
/// Evaluates the off-rolling signal for one setting within one LA and phase, inside the caller's transaction.
/// Evaluations of the same setting take turns on an advisory lock, so two deletions recorded at once are both
/// counted by whichever runs second. While an alert for the setting is unresolved, the LA already knows; a new
/// alert follows only a new counted deletion (the occurrence is the latest one behind the signal).
/// </summary>
public sealed class OffRollingCheck(MovementsDbContext db, AlertLedger alerts)
{
    public async Task<bool> EvaluateAsync(string laCode, string urn, SchoolPhase phase, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.Database.LockAsync($"off-rolling:{laCode}:{urn}", cancellationToken);
        var start = OffRollingRule.WindowStart(today);
        var window = db.Movements.AsNoTracking().Where(m => m.Type == MovementType.Deletion && m.ResponsibleLaCode == laCode && m.Phase == phase
            && m.EffectiveDate >= start && m.EffectiveDate <= today);
        // The setting's and the LA's counts in one pass over the window.
        var counts = await window.GroupBy(_ => 1).Select(g => new
        {
            SettingCounted = g.Count(m => m.FromUrn == urn && m.CountsTowardsOffRolling),
            SettingAll = g.Count(m => m.FromUrn == urn),
            AreaCounted = g.Count(m => m.CountsTowardsOffRolling),
            AreaAll = g.Count(),
        }).SingleOrDefaultAsync(cancellationToken);
        if (counts is null) return false;
        var setting = new DeletionCounts(counts.SettingCounted, counts.SettingAll);
        var area = new DeletionCounts(counts.AreaCounted, counts.AreaAll);
        if (!OffRollingRule.IsSignal(setting, area)) return false;

        var alreadyOpen = await db.Alerts.AnyAsync(a => a.Type == AlertType.OffRollingSignal && a.LaCode == laCode && a.Urn == urn && a.Phase == phase
            && a.Status != AlertStatus.Resolved, cancellationToken);
        if (alreadyOpen) return false;
        var latest = await window.Where(m => m.FromUrn == urn && m.CountsTowardsOffRolling).OrderByDescending(m => m.Sequence).Select(m => m.Id).FirstAsync(cancellationToken);
        return await alerts.RaiseAsync(new AlertOccurrence(AlertType.OffRollingSignal, $"off-rolling:{latest}", laCode, null, urn, phase,
            OffRollingRule.Reason(setting, area, phase)), now, cancellationToken);
    }
}
