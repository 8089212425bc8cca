using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// A pupil deleted from an AP provider's roll while their placement there is open flags the placement for the LA
/// to review: the placement says the pupil is there, the provider's register says not. The caller saves.
/// </summary>
public sealed class FlagDeletedPlacements(ApDbContext db, TimeProvider clock)
{
    public async Task FlagAsync(string upn, string providerUrn, DateOnly deletedOn, CancellationToken cancellationToken)
    {
        var open = await db.Placements
            .Where(p => p.Pupil.Upn == upn && p.EndDate == null && p.Start <= deletedOn
                && db.Providers.Any(provider => provider.Id == p.ProviderId && provider.Urn == providerUrn))
            .ToListAsync(cancellationToken);
        foreach (var placement in open)
            placement.FlagForReview($"Deleted from {providerUrn}'s roll on {deletedOn:yyyy-MM-dd} while the placement is open.", clock.GetStorageNow());
    }
}
