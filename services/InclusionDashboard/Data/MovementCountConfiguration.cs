using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class MovementCountConfiguration : IEntityTypeConfiguration<MovementCount>
{
    public void Configure(EntityTypeBuilder<MovementCount> entity)
    {
        entity.ToTable("movement_counts");
        entity.HasKey(c => new { c.LaCode, c.Month, c.EventType, c.SenProvision, c.PrimaryNeed, c.DeletionGround });
        entity.Property(c => c.LaCode).HasMaxLength(3);
        entity.Property(c => c.EventType).HasMaxLength(40);
        entity.Property(c => c.SenProvision).HasMaxLength(1);
        entity.Property(c => c.PrimaryNeed).HasMaxLength(8);
        entity.Property(c => c.DeletionGround).HasMaxLength(60);
        // A region's or the nation's summary reads a period's months across many LAs.
        entity.HasIndex(c => c.Month);
    }
}
