using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Domain.Budget;
using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ApCommissioning.Data;

public sealed class ApDbContext(DbContextOptions<ApDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<ApProvider> Providers => Set<ApProvider>();
    public DbSet<ApBudgetLine> BudgetLines => Set<ApBudgetLine>();
    public DbSet<ApCommission> Commissions => Set<ApCommission>();
    public DbSet<ApPlacement> Placements => Set<ApPlacement>();
    public DbSet<OutcomeReport> OutcomeReports => Set<OutcomeReport>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
