using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class ApOutcomeRecordConfiguration : IEntityTypeConfiguration<ApOutcomeRecord>
{
    public void Configure(EntityTypeBuilder<ApOutcomeRecord> entity)
    {
        entity.ToTable("ap_outcomes");
        entity.HasKey(o => new { o.PlacementId, o.SchoolYear });
        entity.Property(o => o.SchoolYear).HasMaxLength(7);
        entity.Property(o => o.LaCode).HasMaxLength(3);
        entity.Property(o => o.Tier).HasMaxLength(20);
        entity.Property(o => o.ProviderUrn).HasMaxLength(6);
        entity.HasIndex(o => new { o.SchoolYear, o.LaCode });
        entity.HasIndex(o => new { o.SchoolYear, o.ProviderUrn });
    }
}
