using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionPlans.Data;

public sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>, IEntityTypeConfiguration<TailoredList>
{
    public void Configure(EntityTypeBuilder<Setting> e)
    {
        e.ToTable("settings");
        e.HasKey(s => s.Urn);
        e.Property(s => s.Urn).HasMaxLength(6);
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.LaCode).HasMaxLength(3);
        e.Property(s => s.ProvisionType).HasMaxLength(40);
        e.Property(s => s.Phase).HasConversion<string>().HasMaxLength(16);
        e.Property(s => s.UpdatedBy).HasMaxLength(100);
        e.Property(s => s.Places).HasJsonDocument();
        // The tailored-list search reads setting_search, a row per setting with a free place and need it has places
        // for, kept from this table by triggers (the SettingSearchRows migration; see SettingsSearch).
        e.Property(s => s.Needs).HasColumnType("text[]");
        e.HasIndex(s => s.ProvisionType);
        e.HasIndex(s => new { s.LaCode, s.Urn });
    }

    public void Configure(EntityTypeBuilder<TailoredList> e)
    {
        e.ToTable("tailored_lists");
        e.HasKey(l => l.Id);
        e.Property(l => l.LaCode).HasMaxLength(3);
        e.Property(l => l.StandardsVersion).HasMaxLength(20);
        e.Property(l => l.CreatedBy).HasMaxLength(100);
        e.Property(l => l.IdempotencyKey).HasMaxLength(100);
        // A list is kept as drawn; retention removes the home location in SQL (TailoredListHomeRetention).
        e.Property(l => l.Child).HasWrittenOnceJsonDocument();
        // Compressed with lz4, not pglz: migration TailoredListsLz4 says why.
        e.Property(l => l.Settings).HasWrittenOnceJsonDocument();
        e.HasIndex(l => new { l.CreatedBy, l.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
    }
}
