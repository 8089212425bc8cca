using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Data;

public sealed class ProviderConfiguration : IEntityTypeConfiguration<ApProvider>
{
    public void Configure(EntityTypeBuilder<ApProvider> e)
    {
        e.ToTable("ap_providers");
        e.HasKey(p => p.Id);
        e.Property(p => p.Urn).HasMaxLength(6);
        e.Property(p => p.ProviderReference).HasMaxLength(40);
        e.Property(p => p.Name).HasMaxLength(200);
        e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.Rating).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.LaCode).HasMaxLength(3);
        e.Property(p => p.RegisteredBy).HasMaxLength(100);
        e.Property(p => p.IdempotencyKey).HasMaxLength(100);
        e.Ignore(p => p.IsRegistered);
        // A provider is on an LA's register once, by URN or by the LA's reference.
        e.HasIndex(p => new { p.LaCode, p.Urn }).IsUnique().HasFilter("\"Urn\" IS NOT NULL");
        e.HasIndex(p => new { p.LaCode, p.ProviderReference }).IsUnique().HasFilter("\"ProviderReference\" IS NOT NULL");
        e.HasIndex(p => new { p.RegisteredBy, p.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
        e.HasIndex(p => new { p.LaCode, p.Name, p.Id });
    }
}
