using System.Globalization;
using Grpc.Core;
using SendPlatform.Contracts.Funding.V1;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.EhcAssessments.Upstream;

/// <summary>
/// funding-bands' price for a plan's band and provision type on the day it was issued, asked over gRPC with the
/// caller's token and deadline. A band the framework in force does not have, or no framework or tariff to price it by,
/// is the plan's problem: refused naming section I's band, with funding-bands' reason. Unreachable, it is the call's
/// UNAVAILABLE: a plan naming a band is never kept unpriced.
/// </summary>
public sealed class TopUpPricing(FundingPricing.FundingPricingClient funding)
{
    public const string Field = "plan.i_placement.funding_band";

    public async Task<PlanTopUp> PriceAsync(string laCode, string provisionType, string band, DateOnly issuedOn, CallOptions call)
    {
        PlacementPrice price;
        try
        {
            var day = WireFormats.Date(issuedOn);
            price = await funding.PricePlacementAsync(new PricePlacementRequest
            {
                LaCode = laCode, ProvisionType = provisionType, Band = band, StartDate = day, EndDate = day,
            }, call);
        }
        catch (RpcException refused) when (refused.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.NotFound)
        {
            throw new DomainRuleException($"funding-bands cannot price band {band} for {provisionType}: {refused.Status.Detail}", [new FieldViolation(Field, refused.Status.Detail)]);
        }
        var line = price.Lines.Single();
        return new PlanTopUp(band, provisionType, line.FinancialYear, line.FrameworkId, line.AnnualTariffPence,
            decimal.Parse(line.AreaCostAdjustment, NumberStyles.Number, CultureInfo.InvariantCulture));
    }
}
