using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Data;

public sealed class MovementConfiguration : IEntityTypeConfiguration<PupilMovement>, IEntityTypeConfiguration<RegisteredPupil>, IEntityTypeConfiguration<RegisteredSetting>
{
    public const string IdempotencyIndex = "IX_movements_NotifiedBy_IdempotencyKey";

    public void Configure(EntityTypeBuilder<PupilMovement> e)
    {
        e.ToTable("movements");
        e.HasKey(m => m.Id);
        // Recording order breaks ties between movements of the same date.
        e.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        e.Property(m => m.Upn).HasMaxLength(13);
        e.Property(m => m.Type).HasConversion<string>().HasMaxLength(24);
        e.Property(m => m.FromUrn).HasMaxLength(6);
        e.Property(m => m.ToUrn).HasMaxLength(6);
        e.Property(m => m.Destination).HasMaxLength(8);
        e.Property(m => m.DeletionGround).HasMaxLength(40);
        e.Property(m => m.ResponsibleLaCode).HasMaxLength(3);
        e.Property(m => m.NotifiedBy).HasMaxLength(100);
        e.Property(m => m.IdempotencyKey).HasMaxLength(100);
        e.OwnsOne(m => m.Pupil, p =>
        {
            p.Property(f => f.DateOfBirth).HasColumnName("DateOfBirth");
            p.Property(f => f.SenProvision).HasColumnName("SenProvision").HasMaxLength(1);
            p.Property(f => f.PrimaryNeed).HasColumnName("PrimaryNeed").HasMaxLength(4);
        });
        e.Property(m => m.Phase).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(m => new { m.Upn, m.EffectiveDate });
        // The off-rolling counts: one LA's deletions in one phase over a 12-month window.
        e.HasIndex(m => new { m.ResponsibleLaCode, m.Phase, m.EffectiveDate }).HasFilter("\"Type\" = 'Deletion'");
        e.HasIndex(m => new { m.ResponsibleLaCode, m.EffectiveDate });
        // A repeat from the same organisation with the same key is the same notification.
        e.HasIndex(m => new { m.NotifiedBy, m.IdempotencyKey }, IdempotencyIndex).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
    }

    public void Configure(EntityTypeBuilder<RegisteredPupil> e)
    {
        e.ToTable("pupils");
        e.HasKey(p => p.Upn);
        e.Property(p => p.Upn).HasMaxLength(13);
        e.Property(p => p.ResponsibleLaCode).HasMaxLength(3);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.StatusUrn).HasMaxLength(6);
        e.Property(p => p.Destination).HasMaxLength(8);
        e.Property(p => p.SenProvision).HasMaxLength(1);
        e.HasIndex(p => new { p.ResponsibleLaCode, p.Status, p.Upn });
        // The missing-education sweep looks across every LA for the few pupils without a setting.
        e.HasIndex(p => new { p.Status, p.StatusSince }).HasFilter("\"Status\" IN ('MissingEducation', 'NotInSchool')");
    }

    public void Configure(EntityTypeBuilder<RegisteredSetting> e)
    {
        e.ToTable("settings");
        e.HasKey(s => s.Urn);
        e.Property(s => s.Urn).HasMaxLength(6);
        e.Property(s => s.LaCode).HasMaxLength(3);
        e.Property(s => s.ProvisionType).HasMaxLength(64).HasDefaultValue("");
    }
}
