using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Data;

public sealed class OverdueAlertConfiguration : IEntityTypeConfiguration<OverdueAlert>
{
    public void Configure(EntityTypeBuilder<OverdueAlert> e)
    {
        e.ToTable("ehc_overdue_alerts");
        e.HasKey(a => new { a.CaseId, a.Step, a.DueOn });
        e.HasOne<EhcCase>().WithMany().HasForeignKey(a => a.CaseId);
        e.Property(a => a.Step).HasMaxLength(60);
        e.Property(a => a.LaCode).HasMaxLength(3);
    }
}
