using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class TailoredListCounts(DashboardDbContext db)
{
    /// <summary>Adds one list to its month's count in its LA, region and England, in the consumer's transaction.</summary>
    public Task AddAsync(string laCode, DateOnly drawnOn, string firstProvisionType, CancellationToken cancellationToken)
    {
        var month = new DateOnly(drawnOn.Year, drawnOn.Month, 1);
        var region = Area.RegionCodeOf(laCode);
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO tailored_list_counts ("AreaCode", "Month", "FirstProvisionType", "Count")
            VALUES ({laCode}, {month}, {firstProvisionType}, 1), ({region}, {month}, {firstProvisionType}, 1), ({Area.EnglandCode}, {month}, {firstProvisionType}, 1)
            ON CONFLICT ("AreaCode", "Month", "FirstProvisionType") DO UPDATE SET "Count" = tailored_list_counts."Count" + 1
            """, cancellationToken);
    }

    public async Task<IReadOnlyList<TailoredListTally>> TalliesAsync(Area area, Period period, CancellationToken cancellationToken) =>
        await db.TailoredListCounts.AsNoTracking().Where(c => c.AreaCode == area.Code && c.Month >= period.Start && c.Month < period.EndExclusive)
            .GroupBy(c => c.FirstProvisionType)
            .Select(g => new TailoredListTally(g.Key, g.Sum(c => c.Count)))
            .ToListAsync(cancellationToken);
}
