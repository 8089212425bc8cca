using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Placements;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>A placement is read by the LA that commissioned it and by the provider it is at, as stored; nobody else.</summary>
public sealed class ReadPlacement(ApDbContext db)
{
    public async Task<ApPlacement> ReadAsync(CallerOrganisation caller, Guid placementId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken)
            ?? throw new NotFoundException("AP placement", placementId.ToString());
        if (caller.IsLocalAuthorityOf(placement.LaCode)) return placement;
        var isProvider = caller.Type is OrganisationType.ApProvider or OrganisationType.School
            && await db.Providers.AnyAsync(p => p.Id == placement.ProviderId && p.Urn == caller.OrgId, cancellationToken);
        if (!isProvider) caller.RequireLocalAuthorityOf(placement.LaCode, "read this placement (or its provider)");
        return placement;
    }
}
