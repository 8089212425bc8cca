using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;

namespace SendPlatform.PupilMovements.Data;

public sealed class OversightConfiguration : IEntityTypeConfiguration<OversightAlert>, IEntityTypeConfiguration<ApPlacement>,
    IEntityTypeConfiguration<EarlyPlacementEnd>
{
    public void Configure(EntityTypeBuilder<OversightAlert> e)
    {
        e.ToTable("oversight_alerts");
        e.HasKey(a => a.Id);
        e.Property(a => a.Sequence).UseIdentityAlwaysColumn();
        e.Property(a => a.OccurrenceKey).HasMaxLength(120);
        e.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
        e.Property(a => a.Severity).HasConversion<string>().HasMaxLength(10);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(14);
        e.Property(a => a.Phase).HasConversion<string>().HasMaxLength(10);
        e.Property(a => a.LaCode).HasMaxLength(3);
        e.Property(a => a.Upn).HasMaxLength(13);
        e.Property(a => a.Urn).HasMaxLength(6);
        e.Property(a => a.Reason).HasMaxLength(500);
        e.Property(a => a.AcknowledgedBy).HasMaxLength(100);
        e.Property(a => a.AcknowledgementNote).HasMaxLength(2000);
        e.Property(a => a.ResolvedBy).HasMaxLength(100);
        e.Property(a => a.Resolution).HasMaxLength(2000);
        // Each occurrence is raised once, however many times and by however many replicas it is evaluated.
        e.HasIndex(a => a.OccurrenceKey).IsUnique();
        e.HasIndex(a => new { a.LaCode, a.Status, a.Sequence });
        e.HasIndex(a => new { a.Upn, a.RaisedAt });
        e.HasIndex(a => new { a.LaCode, a.Urn, a.Phase }).HasFilter("\"Type\" = 'OffRollingSignal' AND \"Status\" <> 'Resolved'");
    }

    public void Configure(EntityTypeBuilder<ApPlacement> e)
    {
        e.ToTable("ap_placements");
        e.HasKey(p => p.PlacementId);
        e.Property(p => p.PlacementId).ValueGeneratedNever();
        e.Property(p => p.Upn).HasMaxLength(13);
        e.Property(p => p.LaCode).HasMaxLength(3);
        e.Property(p => p.Tier).HasMaxLength(20);
        e.Property(p => p.ProviderUrn).HasMaxLength(6);
        e.Property(p => p.HomeSchoolUrn).HasMaxLength(6);
        e.Property(p => p.Outcome).HasMaxLength(40);
        e.HasIndex(p => p.PlannedEndDate).HasFilter("\"EndedOn\" IS NULL");
    }

    public void Configure(EntityTypeBuilder<EarlyPlacementEnd> e)
    {
        e.ToTable("ap_placement_early_ends");
        e.HasKey(p => p.PlacementId);
        e.Property(p => p.PlacementId).ValueGeneratedNever();
        e.Property(p => p.Outcome).HasMaxLength(40);
    }
}
