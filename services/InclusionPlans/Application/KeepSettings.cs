using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>
/// Keeping the settings register: DfE keeps the national register, an LA its own area's settings, one at a time or
/// in a bulk load's chunks (one transaction each). A new setting, or one moved to another area, is announced
/// (SettingRegistered) in the same commit, because other services decide authority from where a setting is.
/// </summary>
public sealed class KeepSettings(PlansDbContext db, TimeProvider clock)
{
    /// <summary>A row of a load that was well-formed but is another area's to keep.</summary>
    public sealed record Refusal(int Row, string Urn, string LaCode);

    public static bool MayKeep(CallerOrganisation caller, string laCode) =>
        caller.Type == OrganisationType.Dfe || caller.IsLocalAuthorityOf(laCode);

    /// <summary>Only DfE and local authorities load the register at all.</summary>
    public static void RequireMayLoad(CallerOrganisation caller)
    {
        if (caller.Type is not (OrganisationType.Dfe or OrganisationType.La))
            throw new PermissionDeniedException("Only DfE and local authorities keep the settings register.");
    }

    public async Task<Setting> UpsertAsync(CallerOrganisation caller, SettingDetails details, CancellationToken cancellationToken)
    {
        RequireMayKeep(caller, details.LaCode);
        var existing = await db.Settings.SingleOrDefaultAsync(s => s.Urn == details.Urn, cancellationToken);
        if (existing is not null) RequireMayKeep(caller, existing.LaCode);
        var now = clock.GetStorageNow();
        var moved = existing?.MovesTo(details) ?? true;
        if (existing is null) db.Settings.Add(existing = Setting.From(details, caller.OrgId, now));
        else existing.Update(details, caller.OrgId, now);
        if (moved) Announce(existing);
        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }

    /// <summary>Upserts one chunk of a load in one transaction; answers how many were kept and which rows were another area's.</summary>
    public async Task<(int Loaded, IReadOnlyList<Refusal> Refused)> LoadChunkAsync(CallerOrganisation caller, IReadOnlyList<(int Row, SettingDetails Details)> chunk,
        CancellationToken cancellationToken)
    {
        if (chunk.Count == 0) return (0, []);
        var urns = chunk.Select(p => p.Details.Urn).ToArray();
        var now = clock.GetStorageNow();
        var loaded = 0;
        var refused = new List<Refusal>();
        await db.InTransactionAsync(async ct =>
        {
            loaded = 0;
            refused.Clear();
            db.ChangeTracker.Clear();
            var existing = await db.Settings.Where(s => urns.Contains(s.Urn)).ToDictionaryAsync(s => s.Urn, ct);
            foreach (var (row, details) in chunk)
            {
                if (!existing.TryGetValue(details.Urn, out var setting)) Announce(db.Settings.Add(Setting.From(details, caller.OrgId, now)).Entity);
                else if (!MayKeep(caller, setting.LaCode)) { refused.Add(new Refusal(row, details.Urn, setting.LaCode)); continue; }
                else
                {
                    var moved = setting.MovesTo(details);
                    setting.Update(details, caller.OrgId, now);
                    if (moved) Announce(setting);
                }
                loaded++;
            }
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.Clear();
        return (loaded, refused);
    }

    /// <summary>
    /// A bulk load can change the tables wholesale; fresh statistics keep the search's plan right from the next request,
    /// and vacuuming the search's table marks its pages all-visible, so the search reads its candidates from the index
    /// alone rather than visiting the table for each until autovacuum comes round (VACUUM runs outside a transaction).
    /// </summary>
    public async Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("ANALYZE settings", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) setting_search", cancellationToken);
    }

    private void Announce(Setting setting) =>
        db.EnqueueIntegrationEvent(new SettingRegistered(setting.Urn, setting.LaCode, setting.ProvisionType, setting.UpdatedAt) { OccurredAt = setting.UpdatedAt });

    private static void RequireMayKeep(CallerOrganisation caller, string laCode)
    {
        if (!MayKeep(caller, laCode)) throw new PermissionDeniedException($"Only DfE or local authority {laCode} may keep its settings on the register.");
    }
}
