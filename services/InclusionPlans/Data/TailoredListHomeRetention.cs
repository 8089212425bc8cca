using Microsoft.EntityFrameworkCore;
using SendPlatform.ServiceDefaults.Retention;

namespace SendPlatform.InclusionPlans.Data;

/// <summary>
/// A tailored list stays as the record of what parents were offered, but the child's home location is needed only
/// to draw it: after Retention:TailoredListHome (90 days) it is removed from the stored profile, in the database
/// itself (one statement, however many lists), and the list says when.
/// </summary>
public sealed class TailoredListHomeRetention(IConfiguration configuration) : IRetentionRule<PlansDbContext>
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(90);

    public string Name => "tailored lists' home locations";

    public Task<int> PurgeAsync(PlansDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - configuration.GetValue("Retention:TailoredListHome", DefaultPeriod);
        return db.Database.ExecuteSqlAsync($"""
            UPDATE tailored_lists SET "Child" = "Child" - 'homeLatitude' - 'homeLongitude', "HomeRemovedAt" = {now}
            WHERE "HomeRemovedAt" IS NULL AND "CreatedAt" < {before}
            """, cancellationToken);
    }
}
