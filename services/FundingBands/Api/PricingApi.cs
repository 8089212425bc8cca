using Grpc.Core;
using SendPlatform.FundingBands.Data;
using SendPlatform.FundingBands.Domain;
using SendPlatform.FundingBands.Domain.Pricing;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identifiers;
using SendPlatform.ServiceDefaults.Identity;
using Proto = SendPlatform.Contracts.Funding.V1;

namespace SendPlatform.FundingBands.Api;

/// <summary>Prices from the in-memory published frameworks: no database access on a price call.</summary>
public sealed class PricingApi(PublishedFrameworkStore published, NationalProvisionTypes provisionTypes) : Proto.FundingPricing.FundingPricingBase
{
    private const int MaxPlaces = 100_000;

    public override async Task<Proto.PlacementPrice> PricePlacement(Proto.PricePlacementRequest request, ServerCallContext context)
    {
        context.GetCaller();
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var laCode, out var laReason)) v.Add("la_code", laReason);
        var provisionType = await ProvisionTypeAsync(request.ProvisionType, context, v);
        if (string.IsNullOrWhiteSpace(request.Band)) v.Add("band", "is required");
        var start = WireFormats.Date(request.StartDate, "start_date", v, required: true);
        var end = WireFormats.Date(request.EndDate, "end_date", v, required: false);
        if (start is not null && end is not null && end < start) v.Add("end_date", "must not be before start_date");
        var fraction = string.IsNullOrWhiteSpace(request.FractionOfFullTime)
            ? 1m
            : WireFormats.Decimal(request.FractionOfFullTime, "fraction_of_full_time", v, maxPlaces: 4, exclusiveMin: 0m, inclusiveMax: 1m);
        v.ThrowIfAny();

        var placement = new PlacementToPrice(laCode!.Value.Value, provisionType, request.Band.Trim(), start!.Value, end, fraction!.Value);
        var price = PlacementPricer.Price(placement, await published.GetAsync(context.CancellationToken));
        return new Proto.PlacementPrice
        {
            Lines =
            {
                price.Lines.Select(l => new Proto.PlacementPriceLine
                {
                    FinancialYear = l.FinancialYear.ToString(),
                    FrameworkId = l.FrameworkId,
                    From = WireFormats.Date(l.From),
                    To = WireFormats.Date(l.To),
                    DaysOccupied = l.DaysOccupied,
                    DaysInYear = l.DaysInYear,
                    AnnualTariffPence = Pence.FromPounds(l.AnnualTariff),
                    AreaCostAdjustment = FrameworkMapping.Factor(l.AreaCostFactor),
                    FractionOfFullTime = l.Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    TopUpPence = Pence.FromPounds(l.TopUp),
                }),
            },
            TotalPence = Pence.FromPounds(price.Total),
            EndDate = WireFormats.Date(price.End),
        };
    }

    public override async Task<Proto.PlacesPrice> PricePlaces(Proto.PricePlacesRequest request, ServerCallContext context)
    {
        context.GetCaller();
        var v = new Violations();
        var provisionType = await ProvisionTypeAsync(request.ProvisionType, context, v);
        if (request.Places is < 1 or > MaxPlaces) v.Add("places", $"must be between 1 and {MaxPlaces}");
        var year = FrameworkValidation.Year(request.FinancialYear, "financial_year", v);
        v.ThrowIfAny();

        var (framework, perPlace, total) = PlacePricer.Price(provisionType, request.Places, year!.Value, await published.GetAsync(context.CancellationToken));
        return new Proto.PlacesPrice
        {
            FinancialYear = year.Value.ToString(),
            FrameworkId = framework.Id,
            PerPlacePence = Pence.FromPounds(perPlace),
            Places = request.Places,
            TotalPence = Pence.FromPounds(total),
        };
    }

    private async Task<string> ProvisionTypeAsync(string code, ServerCallContext context, Violations v)
    {
        var trimmed = code.Trim();
        if (trimmed.Length == 0) v.Add("provision_type", "is required");
        else if (!(await provisionTypes.GetAsync(context)).Contains(trimmed)) v.Add("provision_type", $"'{trimmed}' is not a national provision type");
        return trimmed;
    }
}
