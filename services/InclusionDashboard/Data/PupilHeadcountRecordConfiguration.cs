using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class PupilHeadcountRecordConfiguration : IEntityTypeConfiguration<PupilHeadcountRecord>
{
    public void Configure(EntityTypeBuilder<PupilHeadcountRecord> entity)
    {
        entity.ToTable("pupil_headcounts");
        entity.HasKey(h => new { h.AcademicYear, h.LaCode });
        entity.Property(h => h.AcademicYear).HasMaxLength(7);
        entity.Property(h => h.LaCode).HasMaxLength(3);
    }
}
