using Microsoft.EntityFrameworkCore;
using SendPlatform.FundingBands.Domain;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.FundingBands.Data;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<FundingFramework> Frameworks => Set<FundingFramework>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
