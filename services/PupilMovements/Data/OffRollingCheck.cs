using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.PupilMovements.Data;

/// <summary>
/// Evaluates the off-rolling signal for one setting within one LA, phase and provision type (its peers), inside the
/// caller's transaction. A setting not on the settings register has no known provision type and is compared with
/// the LA's other settings of unknown type. Evaluations of the same setting take turns on an advisory lock, so two
/// deletions recorded at once are both counted by whichever runs second. While an alert for the setting is
/// unresolved, the LA already knows; a new alert follows only a new counted deletion (the occurrence is the latest
/// one behind the signal).
/// </summary>
public sealed class OffRollingCheck(MovementsDbContext db, AlertLedger alerts, IOptions<OffRollingThresholds> options)
{
    public async Task<bool> EvaluateAsync(string laCode, string urn, SchoolPhase phase, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var thresholds = options.Value;
        await db.Database.LockAsync($"off-rolling:{laCode}:{urn}", cancellationToken);
        var provisionType = await db.Settings.Where(s => s.Urn == urn).Select(s => s.ProvisionType).FirstOrDefaultAsync(cancellationToken) ?? "";
        var start = OffRollingRule.WindowStart(today, thresholds);
        var window = db.Movements.AsNoTracking().Where(m => m.Type == MovementType.Deletion && m.ResponsibleLaCode == laCode && m.Phase == phase
            && m.EffectiveDate >= start && m.EffectiveDate <= today
            && (db.Settings.Where(s => s.Urn == m.FromUrn).Select(s => s.ProvisionType).FirstOrDefault() ?? "") == provisionType);
        // The setting's and its peers' counts in one pass over the window.
        var counts = await window.GroupBy(_ => 1).Select(g => new
        {
            SettingCounted = g.Count(m => m.FromUrn == urn && m.CountsTowardsOffRolling),
            SettingAll = g.Count(m => m.FromUrn == urn),
            PeersCounted = g.Count(m => m.CountsTowardsOffRolling),
            PeersAll = g.Count(),
        }).SingleOrDefaultAsync(cancellationToken);
        if (counts is null) return false;
        var setting = new DeletionCounts(counts.SettingCounted, counts.SettingAll);
        var peers = new DeletionCounts(counts.PeersCounted, counts.PeersAll);
        if (!OffRollingRule.IsSignal(setting, peers, thresholds)) return false;

        var alreadyOpen = await db.Alerts.AnyAsync(a => a.Type == AlertType.OffRollingSignal && a.LaCode == laCode && a.Urn == urn && a.Phase == phase
            && a.Status != AlertStatus.Resolved, cancellationToken);
        if (alreadyOpen) return false;
        var latest = await window.Where(m => m.FromUrn == urn && m.CountsTowardsOffRolling).OrderByDescending(m => m.Sequence).Select(m => m.Id).FirstAsync(cancellationToken);
        return await alerts.RaiseAsync(new AlertOccurrence(AlertType.OffRollingSignal, $"off-rolling:{latest}", laCode, null, urn, phase,
            OffRollingRule.Reason(setting, peers, phase, provisionType, thresholds)), now, cancellationToken);
    }
}
