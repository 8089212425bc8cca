using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;

namespace SendPlatform.EhcAssessments.Data;

public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> e)
    {
        e.ToTable("ehc_plan_versions");
        e.HasKey(v => new { v.CaseId, v.Number });
        e.HasOne<EhcCase>().WithMany().HasForeignKey(v => v.CaseId);
        e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(v => v.Content).HasColumnType("jsonb");
        e.Property(v => v.StandardsVersion).HasMaxLength(20);
        e.Property(v => v.RecordedBy).HasMaxLength(100);
        e.OwnsMany(v => v.Findings, f => f.ToJson("Findings"));
        e.OwnsOne(v => v.TopUp, t =>
        {
            t.ToJson("TopUp");
            t.Ignore(x => x.AnnualTopUpPence);
        });
    }
}
