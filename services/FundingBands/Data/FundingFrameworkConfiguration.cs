using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.FundingBands.Domain;

namespace SendPlatform.FundingBands.Data;

public sealed class FundingFrameworkConfiguration : IEntityTypeConfiguration<FundingFramework>
{
    public void Configure(EntityTypeBuilder<FundingFramework> e)
    {
        e.ToTable("frameworks");
        e.HasKey(f => f.Id);
        e.Property(f => f.Id).HasMaxLength(16);
        e.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(f => f.IdempotencyKey).HasMaxLength(100);
        e.Property(f => f.RowVersion).IsRowVersion();
        e.Ignore(f => f.FinancialYear);
        // Read and replaced whole, never queried inside: one jsonb document, amounts as exact decimals.
        e.Property(f => f.Content).HasJsonDocument();
        e.HasIndex(f => new { f.FinancialYearStart, f.Version }).IsUnique();
        e.HasIndex(f => f.IdempotencyKey).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
        e.HasIndex(f => f.Status);
    }
}
