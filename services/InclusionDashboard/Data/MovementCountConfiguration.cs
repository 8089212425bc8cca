using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class MovementCountConfiguration : IEntityTypeConfiguration<MovementCount>
{
    public void Configure(EntityTypeBuilder<MovementCount> entity)
    {
        entity.ToTable("movement_counts");
        entity.HasKey(c => new { c.AreaCode, c.Month, c.EventType, c.SenProvision, c.PrimaryNeed, c.DeletionGround });
        entity.Property(c => c.AreaCode).HasMaxLength(9);
        entity.Property(c => c.EventType).HasMaxLength(40);
        entity.Property(c => c.SenProvision).HasMaxLength(1);
        entity.Property(c => c.PrimaryNeed).HasMaxLength(8);
        entity.Property(c => c.DeletionGround).HasMaxLength(60);
    }
}
