using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Domain.Reference;

namespace SendPlatform.NationalStandards.Data;

/// <summary>
/// The need and provision codes, loaded once per process: they change only by migration, which restarts the
/// service. A failed load is not remembered, so the next call tries again.
/// </summary>
public sealed class ReferenceCatalogueStore(IServiceScopeFactory scopes)
{
    private ReferenceCatalogue? _catalogue;

    public async Task<ReferenceCatalogue> GetAsync(CancellationToken cancellationToken)
    {
        if (_catalogue is not null) return _catalogue;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StandardsDbContext>();
        var needs = await db.NeedTypes.AsNoTracking().ToListAsync(cancellationToken);
        var provisionTypes = await db.ProvisionTypes.AsNoTracking().ToListAsync(cancellationToken);
        return _catalogue = new ReferenceCatalogue(needs, provisionTypes);
    }
}
