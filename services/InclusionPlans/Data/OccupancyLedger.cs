using Microsoft.EntityFrameworkCore;

namespace SendPlatform.InclusionPlans.Data;

/// <summary>
/// Applies filled-place changes in the database itself (one UPDATE each), so concurrent events for one setting add up
/// rather than overwrite. It is a running total with no floor: consumers take events in any order, and a deletion that
/// overtakes its admission must still net to nothing (reads show at least zero). A URN not on the register is
/// nothing to update.
/// </summary>
public static class OccupancyLedger
{
    public static async Task ApplyAsync(this PlansDbContext db, IReadOnlyList<(string Urn, int Change)> changes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (urn, change) in changes)
            await db.Settings.Where(s => s.Urn == urn)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.PlacesFilled, s => s.PlacesFilled + change).SetProperty(s => s.UpdatedAt, now), cancellationToken);
    }
}
