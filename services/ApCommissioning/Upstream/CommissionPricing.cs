using Grpc.Core;
using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.Contracts.Funding.V1;
using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.ApCommissioning.Upstream;

/// <summary>
/// Prices a commission through funding-bands over gRPC, with the call options given (the partner's token and deadline,
/// or the service's own token when an event reprices): for each financial
/// year the period touches, place funding for the places (the year's rate, pro-rated by the days commissioned) and,
/// where a band applies, the top-up for every place. funding-bands' refusals (no framework, no tariff) reach the
/// caller as they are.
/// </summary>
public sealed class CommissionPricing(FundingPricing.FundingPricingClient funding)
{
    public static string ProvisionTypeOf(ProviderKind kind) => kind == ProviderKind.UnregisteredAp ? "UNREGISTERED_AP" : "AP";

    public async Task<IReadOnlyList<CommissionCost>> PriceAsync(CommissionRequest r, ProviderKind kind, CallOptions call)
    {
        var provisionType = ProvisionTypeOf(kind);

        var topUps = new Dictionary<string, (decimal TopUp, string FrameworkId)>();
        if (r.Band is not null)
        {
            var price = await funding.PricePlacementAsync(new PricePlacementRequest
            {
                LaCode = r.LaCode, ProvisionType = provisionType, Band = r.Band, StartDate = WireFormats.Date(r.Start), EndDate = WireFormats.Date(r.End),
            }, call);
            foreach (var line in price.Lines) topUps[line.FinancialYear] = (Pence.ToPounds(line.TopUpPence) * r.Places, line.FrameworkId);
        }

        var costs = new List<CommissionCost>();
        for (var year = FinancialYear.Containing(r.Start); year.Start <= r.End; year = year.Next)
        {
            var from = r.Start > year.Start ? r.Start : year.Start;
            var to = r.End < year.End ? r.End : year.End;
            var days = to.DayNumber - from.DayNumber + 1;
            var places = await funding.PricePlacesAsync(new PricePlacesRequest { ProvisionType = provisionType, Places = r.Places, FinancialYear = year.ToString() },
                call);
            // Place funding is annual; a commission for part of a year pays for the days it holds the places.
            var placeFunding = Math.Round(Pence.ToPounds(places.TotalPence) * days / year.Days, 2, MidpointRounding.AwayFromZero);
            var (topUp, _) = topUps.GetValueOrDefault(year.ToString());
            costs.Add(new CommissionCost(year.StartYear, days, placeFunding, topUp, places.FrameworkId));
        }
        return costs;
    }
}
