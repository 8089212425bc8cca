using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class Frameworks(DashboardDbContext db)
{
    /// <summary>A version is published once and never changes, so a second notice of it changes nothing.</summary>
    public Task KeepAsync(string frameworkId, string financialYear, int version, DateOnly effectiveFrom, DateTimeOffset publishedAt,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO funding_frameworks ("FrameworkId", "FinancialYear", "Version", "EffectiveFrom", "PublishedAt")
            VALUES ({frameworkId}, {financialYear}, {version}, {effectiveFrom}, {publishedAt})
            ON CONFLICT ("FrameworkId") DO NOTHING
            """, cancellationToken);

    public async Task<IReadOnlyList<PublishedFramework>> ForAsync(IReadOnlyList<string> financialYears, CancellationToken cancellationToken) =>
        await db.Frameworks.AsNoTracking().Where(f => financialYears.Contains(f.FinancialYear))
            .Select(f => new PublishedFramework(f.FrameworkId, f.FinancialYear, f.Version, f.EffectiveFrom)).ToListAsync(cancellationToken);
}
