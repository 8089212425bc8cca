using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class EhcCaseRecordConfiguration : IEntityTypeConfiguration<EhcCaseRecord>
{
    public void Configure(EntityTypeBuilder<EhcCaseRecord> entity)
    {
        entity.ToTable("ehc_cases");
        entity.HasKey(c => c.CaseId);
        entity.Property(c => c.LaCode).HasMaxLength(3);
        entity.Property(c => c.AssessmentDecision).HasMaxLength(20);
        entity.Property(c => c.IssueDecision).HasMaxLength(20);
        entity.Property(c => c.PrimaryNeed).HasMaxLength(4);
        entity.Property(c => c.CeaseReason).HasMaxLength(30);
        // An area's requests by the day they arrived, and its plans by the day they were issued.
        entity.HasIndex(c => new { c.LaCode, c.ReceivedOn });
        entity.HasIndex(c => new { c.LaCode, c.PlanIssuedOn });
        entity.HasIndex(c => new { c.LaCode, c.CeasedOn });
    }
}
