using Grpc.Core;
using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.Contracts.Funding.V1;
using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.ApCommissioning.Upstream;

/// <summary>
/// Prices a commission through funding-bands over gRPC, with the call options given (the partner's token and deadline,
/// or the service's own token when an event reprices): for each financial year the period touches, place funding for
/// the places over the days commissioned and, where a band applies, the top-up for every place, each day priced by
/// the framework version in force that day. funding-bands' refusals (no framework, no tariff) reach the
/// caller as they are.
/// </summary>
public sealed class CommissionPricing(FundingPricing.FundingPricingClient funding)
{
    public static string ProvisionTypeOf(ProviderKind kind) => kind == ProviderKind.UnregisteredAp ? "UNREGISTERED_AP" : "AP";

    public async Task<IReadOnlyList<CommissionCost>> PriceAsync(CommissionRequest r, ProviderKind kind, CallOptions call)
    {
        var provisionType = ProvisionTypeOf(kind);

        // Place funding first: it names the version in force, so a replica still on a superseded framework shows it
        // (and a repricing retries) before the top-up is asked for; a replica's frameworks only ever move forward.
        // Place funding is annual; a commission for part of a year pays for the days it holds the places, each day at
        // the rate of the version in force that day.
        var years = new List<(FinancialYear Year, int Days, PlacesPrice Places)>();
        for (var year = FinancialYear.Containing(r.Start); year.Start <= r.End; year = year.Next)
        {
            var from = r.Start > year.Start ? r.Start : year.Start;
            var to = r.End < year.End ? r.End : year.End;
            var places = await funding.PricePlacesAsync(new PricePlacesRequest
            {
                ProvisionType = provisionType, Places = r.Places, FinancialYear = year.ToString(), StartDate = WireFormats.Date(from), EndDate = WireFormats.Date(to),
            }, call);
            years.Add((year, to.DayNumber - from.DayNumber + 1, places));
        }

        // A correction effective mid-year gives a year several top-up lines: the year's top-up is their sum.
        var topUps = new Dictionary<string, decimal>();
        if (r.Band is not null)
        {
            var price = await funding.PricePlacementAsync(new PricePlacementRequest
            {
                LaCode = r.LaCode, ProvisionType = provisionType, Band = r.Band, StartDate = WireFormats.Date(r.Start), EndDate = WireFormats.Date(r.End),
            }, call);
            foreach (var line in price.Lines)
                topUps[line.FinancialYear] = topUps.GetValueOrDefault(line.FinancialYear) + Pence.ToPounds(line.TopUpPence) * r.Places;
        }

        var costs = years.Select(y => new CommissionCost(y.Year.StartYear, y.Days, Pence.ToPounds(y.Places.TotalPence),
            topUps.GetValueOrDefault(y.Year.ToString()), y.Places.FrameworkId)).ToList();
        return costs;
    }
}
