using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.NationalStandards.Domain.Standards;

namespace SendPlatform.NationalStandards.Data;

public sealed class StandardsSetConfiguration : IEntityTypeConfiguration<StandardsSet>
{
    public void Configure(EntityTypeBuilder<StandardsSet> e)
    {
        e.ToTable("standards_sets");
        e.HasKey(s => s.Version);
        e.Property(s => s.Version).HasMaxLength(8);
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(s => s.RowVersion).IsRowVersion();
        e.Ignore(s => s.ParsedVersion);
        // The content is read and replaced whole, never queried inside, so it is one jsonb document.
        e.Property(s => s.Content).HasJsonDocument();
        e.HasIndex(s => new { s.VersionYear, s.VersionNumber }).IsUnique();
        e.HasIndex(s => s.Status);
    }
}
