using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionPlans.Data;

/// <summary>How plans and partnerships are found and saved, and the lock an area's partnership and publishing take.</summary>
public static class PlanQueries
{
    /// <summary>A plan is addressed under its LA: another area's id is simply not found there.</summary>
    public static async Task<InclusionPlan> PlanAsync(this PlansDbContext db, string laCode, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var plans = tracked ? db.Plans : db.Plans.AsNoTracking();
        return await plans.SingleOrDefaultAsync(p => p.Id == id && p.LaCode == laCode, cancellationToken)
            ?? throw new NotFoundException($"Inclusion plan of LA {laCode}", id.ToString());
    }

    public static Task<Partnership?> PartnershipAsync(this PlansDbContext db, string laCode, CancellationToken cancellationToken) =>
        db.Partnerships.AsNoTracking().SingleOrDefaultAsync(p => p.LaCode == laCode, cancellationToken);

    /// <summary>Serialises changes to one area's partnership and the publishing of its plans, across replicas.</summary>
    public static Task LockAreaAsync(this PlansDbContext db, string laCode, CancellationToken cancellationToken) =>
        db.Database.LockAsync($"inclusion-plans:{laCode}", cancellationToken);

    /// <summary>Saves a plan changed in place; a change by someone else meanwhile is refused, never overwritten.</summary>
    public static async Task SavePlanAsync(this PlansDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException("The plan was changed by someone else meanwhile: read it again and retry.");
        }
    }
}
