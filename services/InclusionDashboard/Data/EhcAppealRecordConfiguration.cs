using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class EhcAppealRecordConfiguration : IEntityTypeConfiguration<EhcAppealRecord>
{
    public void Configure(EntityTypeBuilder<EhcAppealRecord> entity)
    {
        entity.ToTable("ehc_appeals");
        entity.HasKey(a => new { a.CaseId, a.Subject, a.DecisionOn });
        entity.Property(a => a.Subject).HasMaxLength(20);
        entity.Property(a => a.LaCode).HasMaxLength(3);
        entity.Property(a => a.Outcome).HasMaxLength(20);
        // An area's appeals by the day they were registered, and by the day they ended.
        entity.HasIndex(a => new { a.LaCode, a.RegisteredOn });
        entity.HasIndex(a => new { a.LaCode, a.DecidedOn });
    }
}
