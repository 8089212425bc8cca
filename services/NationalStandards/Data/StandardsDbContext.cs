using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Domain.Population;
using SendPlatform.NationalStandards.Domain.Reference;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.NationalStandards.Data;

public sealed class StandardsDbContext(DbContextOptions<StandardsDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<NeedArea> NeedAreas => Set<NeedArea>();
    public DbSet<NeedType> NeedTypes => Set<NeedType>();
    public DbSet<SenProvision> SenProvisions => Set<SenProvision>();
    public DbSet<ProvisionType> ProvisionTypes => Set<ProvisionType>();
    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();
    public DbSet<StandardsSet> StandardsSets => Set<StandardsSet>();
    public DbSet<PupilHeadcount> PupilHeadcounts => Set<PupilHeadcount>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StandardsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
