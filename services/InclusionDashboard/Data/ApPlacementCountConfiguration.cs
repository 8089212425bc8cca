using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class ApPlacementCountConfiguration : IEntityTypeConfiguration<ApPlacementCount>
{
    public void Configure(EntityTypeBuilder<ApPlacementCount> entity)
    {
        entity.ToTable("ap_placement_counts");
        entity.HasKey(c => new { c.LaCode, c.Month, c.Tier, c.Stage });
        entity.Property(c => c.LaCode).HasMaxLength(3);
        entity.Property(c => c.Tier).HasMaxLength(40);
        entity.Property(c => c.Stage).HasMaxLength(40);
        entity.HasIndex(c => c.Month);
    }
}
