using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionPlans.Data;

public sealed class PlanConfiguration : IEntityTypeConfiguration<InclusionPlan>, IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<InclusionPlan> e)
    {
        e.ToTable("inclusion_plans");
        e.HasKey(p => p.Id);
        e.Property(p => p.Sequence).UseIdentityAlwaysColumn();
        e.Property(p => p.LaCode).HasMaxLength(3);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(p => p.CreatedBy).HasMaxLength(100);
        e.Property(p => p.UpdatedBy).HasMaxLength(100);
        e.Property(p => p.NeedsReviewReason).HasMaxLength(500);
        e.Property(p => p.IdempotencyKey).HasMaxLength(100);
        e.Property(p => p.RowVersion).IsRowVersion();
        // Read and replaced whole, never queried inside: jsonb documents.
        e.Property(p => p.Content).HasJsonDocument();
        e.Property(p => p.SignOffs).HasJsonDocument();
        e.Ignore(p => p.IsPublic);
        e.HasIndex(p => new { p.LaCode, p.Sequence });
        e.HasIndex(p => p.Status);
        e.HasIndex(p => new { p.CreatedBy, p.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
    }

    public void Configure(EntityTypeBuilder<Partnership> e)
    {
        e.ToTable("partnerships");
        e.HasKey(p => p.LaCode);
        e.Property(p => p.LaCode).HasMaxLength(3);
        e.Property(p => p.UpdatedBy).HasMaxLength(100);
        e.Property(p => p.Members).HasJsonDocument();
    }
}
