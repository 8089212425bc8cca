using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SendPlatform.FundingBands.Domain;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Funding.V1;

namespace SendPlatform.FundingBands.Api;

/// <summary>Domain → wire. Amounts become whole pence; factors keep four decimal places.</summary>
public static class FrameworkMapping
{
    public static string Factor(decimal factor) => factor.ToString("0.0000", CultureInfo.InvariantCulture);

    public static Proto.Framework ToProto(this FundingFramework f)
    {
        var proto = new Proto.Framework
        {
            Id = f.Id,
            FinancialYear = f.FinancialYear.ToString(),
            Version = f.Version,
            Status = (Proto.FrameworkStatus)(int)f.Status,
            EffectiveFrom = WireFormats.Date(f.EffectiveFrom),
            CreatedAt = Timestamp.FromDateTimeOffset(f.CreatedAt),
            PublishedBy = f.PublishedBy ?? "",
            Content = new Proto.FrameworkContent
            {
                Bands = { f.Content.Bands.Select(b => new Proto.Band { Code = b.Code, Name = b.Name, Ordinal = b.Ordinal, NeedDescriptor = b.Descriptor }) },
                Tariffs = { f.Content.Tariffs.Select(t => new Proto.Tariff { BandCode = t.BandCode, ProvisionType = t.ProvisionType, AnnualTopUpPence = Pence.FromPounds(t.AnnualTopUp) }) },
                PlaceFunding = { f.Content.PlaceFunding.Select(p => new Proto.PlaceFunding { ProvisionType = p.ProvisionType, PerPlacePence = Pence.FromPounds(p.PerPlace) }) },
                MainstreamThresholdPence = Pence.FromPounds(f.Content.MainstreamThreshold),
                AreaCostAdjustments = { f.Content.AreaCostAdjustments.Select(a => new Proto.AreaCostAdjustment { LaCode = a.LaCode, Factor = Factor(a.Factor) }) },
            },
        };
        if (f.PublishedAt is { } published) proto.PublishedAt = Timestamp.FromDateTimeOffset(published);
        return proto;
    }

    public static Proto.FrameworkSummary ToSummary(this FundingFramework f) => new()
    {
        Id = f.Id,
        FinancialYear = f.FinancialYear.ToString(),
        Version = f.Version,
        Status = (Proto.FrameworkStatus)(int)f.Status,
        EffectiveFrom = WireFormats.Date(f.EffectiveFrom),
        BandCount = f.Content.Bands.Count,
        TariffCount = f.Content.Tariffs.Count,
    };
}
