using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.ApCommissioning.Domain.Budget;
using SendPlatform.ApCommissioning.Domain.Commissions;

namespace SendPlatform.ApCommissioning.Data;

public sealed class CommissioningConfiguration : IEntityTypeConfiguration<ApBudgetLine>, IEntityTypeConfiguration<ApCommission>
{
    public void Configure(EntityTypeBuilder<ApBudgetLine> e)
    {
        e.ToTable("ap_budget_lines");
        e.HasKey(b => new { b.LaCode, b.StartYear, b.Tier });
        e.Property(b => b.LaCode).HasMaxLength(3);
        e.Property(b => b.Tier).HasConversion<string>().HasMaxLength(20);
        e.Property(b => b.Amount).HasPrecision(14, 2);
        e.Property(b => b.SetBy).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ApCommission> e)
    {
        e.ToTable("ap_commissions");
        e.HasKey(c => c.Id);
        e.Property(c => c.Sequence).UseIdentityAlwaysColumn();
        e.Property(c => c.LaCode).HasMaxLength(3);
        e.Property(c => c.Tier).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Band).HasMaxLength(20);
        e.Property(c => c.OverrideReason).HasMaxLength(2000);
        e.Property(c => c.CommissionedBy).HasMaxLength(100);
        e.Property(c => c.IdempotencyKey).HasMaxLength(100);
        e.Property(c => c.RepricedFor).HasMaxLength(100);
        e.Ignore(c => c.Total);
        e.OwnsMany(c => c.Costs, costs =>
        {
            costs.ToJson();
            costs.Ignore(x => x.Total);
        });
        e.HasIndex(c => new { c.LaCode, c.Sequence });
        // Repricing looks for commissions not yet started.
        e.HasIndex(c => c.Start);
        e.HasIndex(c => new { c.CommissionedBy, c.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
    }
}
