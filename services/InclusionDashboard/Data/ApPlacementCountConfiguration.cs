using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class ApPlacementCountConfiguration : IEntityTypeConfiguration<ApPlacementCount>
{
    public void Configure(EntityTypeBuilder<ApPlacementCount> entity)
    {
        entity.ToTable("ap_placement_counts");
        entity.HasKey(c => new { c.AreaCode, c.Month, c.Tier, c.Stage });
        entity.Property(c => c.AreaCode).HasMaxLength(9);
        entity.Property(c => c.Tier).HasMaxLength(40);
        entity.Property(c => c.Stage).HasMaxLength(40);
    }
}
