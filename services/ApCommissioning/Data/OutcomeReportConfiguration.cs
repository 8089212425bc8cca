using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.ApCommissioning.Domain.Performance;

namespace SendPlatform.ApCommissioning.Data;

public sealed class OutcomeReportConfiguration : IEntityTypeConfiguration<OutcomeReport>
{
    public void Configure(EntityTypeBuilder<OutcomeReport> e)
    {
        e.ToTable("ap_outcome_reports");
        e.HasKey(r => new { r.PlacementId, r.SchoolYear, r.Term });
        e.Property(r => r.Term).HasConversion<string>().HasMaxLength(10);
        e.Property(r => r.Outreach).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.AttendanceBefore).HasPrecision(4, 1);
        e.Property(r => r.AttendanceDuring).HasPrecision(4, 1);
        e.Property(r => r.ReportedBy).HasMaxLength(100);
    }
}
