using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionPlans.Data;

public sealed class PlansDbContext(DbContextOptions<PlansDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<InclusionPlan> Plans => Set<InclusionPlan>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<TailoredList> TailoredLists => Set<TailoredList>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlansDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
