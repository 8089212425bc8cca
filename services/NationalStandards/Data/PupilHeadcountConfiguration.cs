using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.NationalStandards.Domain.Population;

namespace SendPlatform.NationalStandards.Data;

internal sealed class PupilHeadcountConfiguration : IEntityTypeConfiguration<PupilHeadcount>
{
    public void Configure(EntityTypeBuilder<PupilHeadcount> e)
    {
        e.ToTable("pupil_headcounts");
        e.HasKey(h => new { h.AcademicYear, h.LaCode });
        e.Property(h => h.AcademicYear).HasMaxLength(7);
        e.Property(h => h.LaCode).HasMaxLength(3);
        e.Property(h => h.PublishedBy).HasMaxLength(100);
    }
}
