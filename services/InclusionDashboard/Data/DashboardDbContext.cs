using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options), IMessagingDbContext, IDataProtectionKeyContext
{
    /// <summary>The pages' key ring (session cookies, antiforgery tokens), shared by every replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<MovementCount> MovementCounts => Set<MovementCount>();
    public DbSet<EhcCaseRecord> EhcCases => Set<EhcCaseRecord>();
    public DbSet<EhcAppealRecord> EhcAppeals => Set<EhcAppealRecord>();
    public DbSet<ApPlacementCount> ApPlacementCounts => Set<ApPlacementCount>();
    public DbSet<AlertRecord> Alerts => Set<AlertRecord>();
    public DbSet<ApBudgetRecord> ApBudgets => Set<ApBudgetRecord>();
    public DbSet<ApCommitmentRecord> ApCommitments => Set<ApCommitmentRecord>();
    public DbSet<FrameworkRecord> Frameworks => Set<FrameworkRecord>();
    public DbSet<TailoredListCount> TailoredListCounts => Set<TailoredListCount>();
    public DbSet<PupilStatusPoint> PupilStatusPoints => Set<PupilStatusPoint>();
    public DbSet<ApOutcomeRecord> ApOutcomes => Set<ApOutcomeRecord>();
    public DbSet<PupilHeadcountRecord> PupilHeadcounts => Set<PupilHeadcountRecord>();
    public DbSet<PlanRecord> Plans => Set<PlanRecord>();
    public DbSet<NotInSchoolSpell> NotInSchoolSpells => Set<NotInSchoolSpell>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
