using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class PupilStatusPointConfiguration : IEntityTypeConfiguration<PupilStatusPoint>
{
    public void Configure(EntityTypeBuilder<PupilStatusPoint> entity)
    {
        entity.ToTable("pupil_status_points");
        entity.HasKey(p => p.MovementId);
        entity.Property(p => p.PupilKey).HasMaxLength(64);
        entity.Property(p => p.Status).HasMaxLength(40);
        entity.Property(p => p.LaCode).HasMaxLength(3);
        entity.HasIndex(p => p.PupilKey);
    }
}

internal sealed class NotInSchoolSpellConfiguration : IEntityTypeConfiguration<NotInSchoolSpell>
{
    public void Configure(EntityTypeBuilder<NotInSchoolSpell> entity)
    {
        entity.ToTable("not_in_school_spells");
        entity.HasKey(s => new { s.PupilKey, s.From });
        entity.Property(s => s.PupilKey).HasMaxLength(64);
        entity.Property(s => s.Status).HasMaxLength(40);
        entity.Property(s => s.LaCode).HasMaxLength(3);
        entity.HasIndex(s => new { s.LaCode, s.From });
    }
}
