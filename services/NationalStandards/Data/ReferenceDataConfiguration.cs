using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.NationalStandards.Domain.Reference;

namespace SendPlatform.NationalStandards.Data;

/// <summary>Reference tables, seeded from the national facts so every migration run yields the same codes.</summary>
public sealed class ReferenceDataConfiguration :
    IEntityTypeConfiguration<NeedArea>, IEntityTypeConfiguration<NeedType>, IEntityTypeConfiguration<SenProvision>,
    IEntityTypeConfiguration<ProvisionType>, IEntityTypeConfiguration<LocalAuthority>
{
    public void Configure(EntityTypeBuilder<NeedArea> e)
    {
        e.ToTable("need_areas");
        e.HasKey(a => a.Code);
        e.HasData(NationalReferenceData.Areas);
    }

    public void Configure(EntityTypeBuilder<NeedType> e)
    {
        e.ToTable("need_types");
        e.HasKey(n => n.Code);
        e.HasOne<NeedArea>().WithMany().HasForeignKey(n => n.AreaCode);
        e.HasData(NationalReferenceData.NeedTypes);
    }

    public void Configure(EntityTypeBuilder<SenProvision> e)
    {
        e.ToTable("sen_provisions");
        e.HasKey(s => s.Code);
        e.HasData(NationalReferenceData.SenProvisions);
    }

    public void Configure(EntityTypeBuilder<ProvisionType> e)
    {
        e.ToTable("provision_types");
        e.HasKey(p => p.Code);
        e.HasData(NationalReferenceData.ProvisionTypes);
    }

    public void Configure(EntityTypeBuilder<LocalAuthority> e)
    {
        e.ToTable("local_authorities");
        e.HasKey(l => l.LaCode);
        e.HasIndex(l => l.Region);
        e.HasData(SendPlatform.SharedKernel.Identifiers.LocalAuthorities.All);
    }
}
