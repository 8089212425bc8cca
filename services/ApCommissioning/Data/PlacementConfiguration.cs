using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.ApCommissioning.Domain.Placements;

namespace SendPlatform.ApCommissioning.Data;

public sealed class PlacementConfiguration : IEntityTypeConfiguration<ApPlacement>
{
    public void Configure(EntityTypeBuilder<ApPlacement> e)
    {
        e.ToTable("ap_placements");
        e.HasKey(p => p.Id);
        e.Property(p => p.LaCode).HasMaxLength(3);
        e.Property(p => p.Tier).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.HomeSchoolUrn).HasMaxLength(6);
        e.Property(p => p.DestinationUrn).HasMaxLength(6);
        e.Property(p => p.OutcomeDestinationUrn).HasMaxLength(6);
        e.Property(p => p.Post16Destination).HasMaxLength(30);
        e.Property(p => p.OutcomeReason).HasMaxLength(2000);
        e.Property(p => p.ReviewReason).HasMaxLength(500);
        e.Property(p => p.PlacedBy).HasMaxLength(100);
        e.Property(p => p.IdempotencyKey).HasMaxLength(100);
        e.OwnsOne(p => p.Pupil, pupil =>
        {
            pupil.Property(x => x.Upn).HasColumnName("Upn").HasMaxLength(13);
            pupil.Property(x => x.DateOfBirth).HasColumnName("DateOfBirth");
            pupil.Property(x => x.SenProvision).HasColumnName("SenProvision").HasMaxLength(1);
            pupil.Property(x => x.PrimaryNeed).HasColumnName("PrimaryNeed").HasMaxLength(4);
            pupil.Property(x => x.LookedAfter).HasColumnName("LookedAfter");
            // PupilMoved finds a pupil's placements by UPN.
            pupil.HasIndex(x => x.Upn);
        });
        // Open placements of a commission (its places) and of a provider (the unregistered-provider rule).
        e.HasIndex(p => new { p.CommissionId, p.EndDate });
        e.HasIndex(p => new { p.ProviderId, p.EndDate });
        e.HasIndex(p => new { p.PlacedBy, p.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
    }
}
