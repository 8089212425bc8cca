using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class ApBudgetRecordConfiguration : IEntityTypeConfiguration<ApBudgetRecord>
{
    public void Configure(EntityTypeBuilder<ApBudgetRecord> entity)
    {
        entity.ToTable("ap_budgets");
        entity.HasKey(b => new { b.LaCode, b.FinancialYear, b.Tier });
        entity.Property(b => b.LaCode).HasMaxLength(3);
        entity.Property(b => b.FinancialYear).HasMaxLength(7);
        entity.Property(b => b.Tier).HasMaxLength(40);
        entity.Property(b => b.Amount).HasPrecision(14, 2);
    }
}
