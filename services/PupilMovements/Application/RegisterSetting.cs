using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Application;

/// <summary>Keeps this service's copy of where each setting is, and its provision type, from the settings register's announcements.</summary>
public sealed class RegisterSetting(MovementsDbContext db)
{
    public sealed record Entry(string Urn, string LaCode, string ProvisionType, DateTimeOffset UpdatedAt);

    /// <summary>
    /// Applies announcements in the order received, the settings they name read in one query: a bulk load of the
    /// register announces thousands at once. A later entry for a setting already in the batch meets the one before it.
    /// </summary>
    public async Task ApplyAllAsync(IReadOnlyList<Entry> entries, CancellationToken cancellationToken)
    {
        var urns = entries.Select(e => e.Urn).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Settings.Where(s => urns.Contains(s.Urn)).ToDictionaryAsync(s => s.Urn, StringComparer.Ordinal, cancellationToken);
        foreach (var e in entries)
        {
            if (known.TryGetValue(e.Urn, out var setting)) setting.Update(e.LaCode, e.ProvisionType, e.UpdatedAt);
            else db.Settings.Add(known[e.Urn] = RegisteredSetting.For(e.Urn, e.LaCode, e.ProvisionType, e.UpdatedAt));
        }
    }
}
