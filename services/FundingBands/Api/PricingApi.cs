using Grpc.Core;
using SendPlatform.FundingBands.Data;
using SendPlatform.FundingBands.Domain.Pricing;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Funding.V1;
using SendPlatform.FundingBands.Upstream;

namespace SendPlatform.FundingBands.Api;

/// <summary>Prices from the in-memory published frameworks: no database access on a price call.</summary>
public sealed class PricingApi(PublishedFrameworkStore published, NationalProvisionTypes provisionTypes, HighNeedsEstimation estimation)
    : Proto.FundingPricing.FundingPricingBase
{
    public const int MaxPlaces = 100_000;

    public override async Task<Proto.PlacementPrice> PricePlacement(Proto.PricePlacementRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var laCode, out var laReason)) v.Add("la_code", laReason);
        var input = PlacementInput.Parse(request.ProvisionType, request.Band, request.StartDate, request.EndDate, request.FractionOfFullTime,
            await provisionTypes.GetAsync(context), v);
        if (laCode is not { } la || input is null || v.Any) throw v.Refusal();

        var placement = new PlacementToPrice(la.Value, input.ProvisionType, input.Band, input.Start, input.End, input.Fraction);
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
        var v = new Violations();
        var provisionType = request.ProvisionType.Trim();
        if (!(await provisionTypes.GetAsync(context)).Contains(provisionType)) v.Add("provision_type", $"'{provisionType}' is not a national provision type");
        if (request.Places is < 1 or > MaxPlaces) v.Add("places", $"must be between 1 and {MaxPlaces}");
        var givenYear = FrameworkValidation.Year(request.FinancialYear, "financial_year", v);
        var days = DaysOf(request, givenYear, v);
        var year = v.Checked(givenYear);

        var frameworks = await published.GetAsync(context.CancellationToken);
        if (days is not var (from, to))
        {
            var (framework, perPlace, total) = PlacePricer.Price(provisionType, request.Places, year, frameworks);
            return new Proto.PlacesPrice
            {
                FinancialYear = year.ToString(), FrameworkId = framework.Id, PerPlacePence = Pence.FromPounds(perPlace), Places = request.Places,
                TotalPence = Pence.FromPounds(total),
            };
        }
        var (inForce, lines) = PlacePricer.PriceDays(provisionType, request.Places, year, from, to, frameworks);
        var price = new Proto.PlacesPrice
        {
            FinancialYear = year.ToString(), FrameworkId = inForce.Id, PerPlacePence = Pence.FromPounds(inForce.Content.PlaceFundingFor(provisionType)),
            Places = request.Places, TotalPence = Pence.FromPounds(lines.Sum(l => l.Total)),
        };
        price.Lines.AddRange(lines.Select(l => new Proto.PlacesPriceLine
        {
            FrameworkId = l.Framework.Id, StartDate = WireFormats.Date(l.From), EndDate = WireFormats.Date(l.To), Days = l.Days,
            PerPlacePence = Pence.FromPounds(l.PerPlace), TotalPence = Pence.FromPounds(l.Total),
        }));
        return price;
    }

    /// <summary>Both dates or neither; when given, in order and within the financial year.</summary>
    private static (DateOnly From, DateOnly To)? DaysOf(Proto.PricePlacesRequest request, FinancialYear? year, Violations v)
    {
        if (request.StartDate.Length == 0 && request.EndDate.Length == 0) return null;
        var from = WireFormats.Date(request.StartDate, "start_date", v, required: true);
        var to = WireFormats.Date(request.EndDate, "end_date", v, required: true);
        if (from is not { } f || to is not { } t || year is not { } y) return null;
        if (t < f) v.Add("end_date", "must not be before start_date");
        else if (f < y.Start || t > y.End) v.Add("start_date", $"the dates must fall within {y} ({WireFormats.Date(y.Start)} to {WireFormats.Date(y.End)})");
        return (f, t);
    }

    /// <summary>Client-streamed: the header first, then placements, consumed as they arrive (never held all at once).</summary>
    public override async Task<Proto.HighNeedsEstimate> EstimateHighNeeds(IAsyncStreamReader<Proto.EstimateHighNeedsRequest> requests, ServerCallContext context)
    {
        var caller = context.GetCaller();
        HighNeedsEstimation.RequireMayEstimate(caller);
        using var stream = HighNeedsEstimation.Limit.Start(caller, context.CancellationToken);
        return await stream.RunAsync(async ct =>
        {
            if (!await requests.MoveNext(ct) || requests.Current.ItemCase != Proto.EstimateHighNeedsRequest.ItemOneofCase.Header)
                throw new RequestValidationException([new FieldViolation("header", "the first message must be the header")]);
            var types = await provisionTypes.GetAsync(context);
            var estimator = await estimation.StartAsync(caller, requests.Current.Header, types, ct);
            while (await requests.MoveNext(ct))
            {
                if (requests.Current.ItemCase != Proto.EstimateHighNeedsRequest.ItemOneofCase.Placement)
                    throw new RequestValidationException([new FieldViolation("header", "only the first message may be the header")]);
                stream.Count();
                HighNeedsEstimation.Add(estimator, requests.Current.Placement, types);
            }
            return HighNeedsEstimation.ToProto(estimator);
        });
    }
}
