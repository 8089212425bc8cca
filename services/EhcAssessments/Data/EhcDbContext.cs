using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.EhcAssessments.Data;

public sealed class EhcDbContext(DbContextOptions<EhcDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<EhcCase> Cases => Set<EhcCase>();
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();
    public DbSet<OverdueAlert> OverdueAlerts => Set<OverdueAlert>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EhcDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
