using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class TailoredListCountConfiguration : IEntityTypeConfiguration<TailoredListCount>
{
    public void Configure(EntityTypeBuilder<TailoredListCount> entity)
    {
        entity.ToTable("tailored_list_counts");
        entity.HasKey(c => new { c.AreaCode, c.Month, c.FirstProvisionType });
        entity.Property(c => c.AreaCode).HasMaxLength(9);
        entity.Property(c => c.FirstProvisionType).HasMaxLength(40);
    }
}
