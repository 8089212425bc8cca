namespace SendPlatform.FundingBands.Domain;

/// <summary>The bands, tariffs, place funding, mainstream threshold and area cost adjustments of one framework version.</summary>
public sealed record FrameworkContent(
    IReadOnlyList<Band> Bands,
    IReadOnlyList<Tariff> Tariffs,
    IReadOnlyList<PlaceFunding> PlaceFunding,
    decimal MainstreamThreshold,
    IReadOnlyList<AreaCostAdjustment> AreaCostAdjustments)
{
    /// <summary>The place-plus model's figures (docs/domain.md, "Funding"), used when a framework names none.</summary>
    public static readonly IReadOnlyList<PlaceFunding> DefaultPlaceFunding =
    [
        new("STATE_SPECIAL", 10_000m),
        new("NON_MAINTAINED_SPECIAL", 10_000m),
        new("AP", 10_000m),
        new("RESOURCED_PROVISION", 6_000m),
        new("FE_COLLEGE", 6_000m),
        new("INDEPENDENT_SPECIAL", 0m),
    ];

    public const decimal DefaultMainstreamThreshold = 6_000m;

    public Band? FindBand(string code) => Bands.FirstOrDefault(b => b.Code == code);

    public Tariff? TariffFor(string bandCode, string provisionType) =>
        Tariffs.FirstOrDefault(t => t.BandCode == bandCode && t.ProvisionType == provisionType);

    /// <summary>1.0000 for an LA the framework does not name.</summary>
    public decimal AreaCostFactor(string laCode) => AreaCostAdjustments.FirstOrDefault(a => a.LaCode == laCode)?.Factor ?? 1.0000m;

    /// <summary>Zero for a provision type without place funding (e.g. independent special, mainstream).</summary>
    public decimal PlaceFundingFor(string provisionType) => PlaceFunding.FirstOrDefault(p => p.ProvisionType == provisionType)?.PerPlace ?? 0m;
}
