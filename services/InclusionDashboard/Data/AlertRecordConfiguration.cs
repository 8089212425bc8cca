using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.InclusionDashboard.Data;

internal sealed class AlertRecordConfiguration : IEntityTypeConfiguration<AlertRecord>
{
    public void Configure(EntityTypeBuilder<AlertRecord> entity)
    {
        entity.ToTable("oversight_alerts");
        entity.HasKey(a => a.AlertId);
        entity.Property(a => a.LaCode).HasMaxLength(3);
        entity.Property(a => a.Type).HasMaxLength(60);
        entity.HasIndex(a => new { a.LaCode, a.RaisedAt });
    }
}
