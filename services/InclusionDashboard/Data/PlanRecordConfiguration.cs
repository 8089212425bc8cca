using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class PlanRecordConfiguration : IEntityTypeConfiguration<PlanRecord>
{
    public void Configure(EntityTypeBuilder<PlanRecord> entity)
    {
        entity.ToTable("inclusion_plans");
        entity.HasKey(p => p.PlanId);
        entity.Property(p => p.LaCode).HasMaxLength(3);
        entity.Property(p => p.Status).HasMaxLength(20);
        entity.Property(p => p.Sufficiency).HasColumnType("jsonb");
        entity.HasIndex(p => p.LaCode);
    }
}
