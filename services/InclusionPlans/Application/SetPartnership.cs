using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>An LA setting who its local SEND partnership's members are, under the area's lock.</summary>
public sealed class SetPartnership(PlansDbContext db, TimeProvider clock)
{
    public async Task<Partnership> SetAsync(CallerOrganisation caller, string laCode, IReadOnlyList<PartnershipMember> members, CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(laCode, "set its partnership");
        return await db.InTransactionAsync(async ct =>
        {
            await db.LockAreaAsync(laCode, ct);
            var existing = await db.Partnerships.SingleOrDefaultAsync(p => p.LaCode == laCode, ct);
            if (existing is null) db.Partnerships.Add(existing = Partnership.Create(laCode));
            existing.Set(members, caller.OrgId, clock.GetStorageNow());
            await db.SaveChangesAsync(ct);
            return existing;
        }, cancellationToken);
    }
}
