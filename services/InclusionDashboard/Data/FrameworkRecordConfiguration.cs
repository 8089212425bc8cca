using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class FrameworkRecordConfiguration : IEntityTypeConfiguration<FrameworkRecord>
{
    public void Configure(EntityTypeBuilder<FrameworkRecord> entity)
    {
        entity.ToTable("funding_frameworks");
        entity.HasKey(f => f.FrameworkId);
        entity.Property(f => f.FrameworkId).HasMaxLength(40);
        entity.Property(f => f.FinancialYear).HasMaxLength(7);
        entity.HasIndex(f => f.FinancialYear);
    }
}
