using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class ApCommitmentRecordConfiguration : IEntityTypeConfiguration<ApCommitmentRecord>
{
    public void Configure(EntityTypeBuilder<ApCommitmentRecord> entity)
    {
        entity.ToTable("ap_commitments");
        entity.HasKey(c => c.LaCode);
        entity.Property(c => c.LaCode).HasMaxLength(3);
        entity.Property(c => c.Committed).HasColumnType("jsonb");
    }
}
