using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Data;

public sealed class MovementsDbContext(DbContextOptions<MovementsDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<PupilMovement> Movements => Set<PupilMovement>();
    public DbSet<RegisteredPupil> Pupils => Set<RegisteredPupil>();
    public DbSet<OversightAlert> Alerts => Set<OversightAlert>();
    public DbSet<ApPlacement> ApPlacements => Set<ApPlacement>();
    public DbSet<EarlyPlacementEnd> EarlyPlacementEnds => Set<EarlyPlacementEnd>();
    public DbSet<RegisteredSetting> Settings => Set<RegisteredSetting>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MovementsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
