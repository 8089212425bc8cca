using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Domain.Settings;

namespace SendPlatform.InclusionPlans.Data;

/// <summary>
/// Applies filled-place changes in the database itself, so concurrent events for one setting add up rather than
/// overwrite. It is a running total with no floor: consumers take events in any order, and a deletion that overtakes
/// its admission must still net to nothing (reads show at least zero). A URN not on the register is nothing to update.
/// A batch's changes take two statements however many settings they touch: the rows are locked in URN order first
/// (two batches sharing settings then wait for each other rather than deadlock), then updated together. One UPDATE
/// per setting was the consumer's limit in a bulk return (bench/RESULTS.md, issue #18).
/// </summary>
public static class OccupancyLedger
{
    public static async Task ApplyAsync(this PlansDbContext db, IReadOnlyList<(string Urn, int Change)> changes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Netted per setting: an UPDATE ... FROM applies one source row per target row, so a URN must come once.
        changes = Occupancy.Net(changes);
        if (changes.Count == 0) return;
        var urns = changes.Select(c => c.Urn).ToArray();
        var amounts = changes.Select(c => c.Change).ToArray();
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM settings WHERE "Urn" = ANY({urns}) ORDER BY "Urn" FOR UPDATE""", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE settings s SET "PlacesFilled" = s."PlacesFilled" + c.change, "UpdatedAt" = {now}
            FROM unnest({urns}, {amounts}) AS c(urn, change)
            WHERE s."Urn" = c.urn
            """, cancellationToken);
    }
}
