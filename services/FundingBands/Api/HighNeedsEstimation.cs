using SendPlatform.FundingBands.Data;
using SendPlatform.FundingBands.Domain.Pricing;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Funding.V1;

namespace SendPlatform.FundingBands.Api;

/// <summary>
/// One high needs estimate, whichever way it arrives (gRPC stream or NDJSON): the header opens it, each placement is
/// priced as it comes, and the result closes it. A local authority may estimate only its own area.
/// </summary>
public sealed class HighNeedsEstimation(PublishedFrameworkStore published)
{
    /// <summary>A national batch is about 640,000 placements and takes seconds; an LA's is far smaller.</summary>
    public static readonly StreamLimit Limit = new("high needs estimate", 1_000_000, TimeSpan.FromMinutes(30), ItemsPerSecond: 250_000, Burst: 500_000);

    /// <summary>Who may estimate at all, decided before anything is read from the caller.</summary>
    public static void RequireMayEstimate(CallerOrganisation caller)
    {
        if (caller.Type is not (OrganisationType.Dfe or OrganisationType.La))
            throw new PermissionDeniedException("Only DfE or a local authority may estimate high needs spend.");
    }

    public async Task<HighNeedsEstimator> StartAsync(CallerOrganisation caller, Proto.HighNeedsEstimateHeader header, CancellationToken cancellationToken)
    {
        var v = new Violations();
        if (!LaCode.TryParse(header.LaCode, out var laCode, out var reason)) v.Add("header.la_code", reason);
        var year = FrameworkValidation.Year(header.FinancialYear, "header.financial_year", v);
        if (header.HighNeedsBudgetPence < 0) v.Add("header.high_needs_budget_pence", "must not be negative");
        if (laCode is not { } la || year is not { } financialYear || v.Any) throw v.Refusal();
        RequireMayEstimate(caller);
        if (caller.Type == OrganisationType.La && caller.LaCode != la.Value)
            throw new PermissionDeniedException($"A local authority may estimate only its own area ({caller.LaCode}).");
        return new HighNeedsEstimator(la.Value, financialYear, Pence.ToPounds(header.HighNeedsBudgetPence), await published.GetAsync(cancellationToken));
    }

    public static void Add(HighNeedsEstimator estimator, Proto.EstimatePlacement placement, IReadOnlySet<string> provisionTypes)
    {
        var v = new Violations();
        if (string.IsNullOrWhiteSpace(placement.Id)) v.Add("id", "is required");
        var input = PlacementInput.Parse(placement.ProvisionType, placement.Band, placement.StartDate, placement.EndDate, placement.FractionOfFullTime, provisionTypes, v);
        if (input is null || v.Any)
        {
            estimator.Reject(placement.Id, v.Items[0].Field, v.Items[0].Description);
            return;
        }
        estimator.Add(placement.Id, input.ProvisionType, input.Band, input.Start, input.End, input.Fraction);
    }

    public static Proto.HighNeedsEstimate ToProto(HighNeedsEstimator estimator) => new()
    {
        LaCode = estimator.LaCode,
        FinancialYear = estimator.Year.ToString(),
        PlacementsPriced = estimator.Priced,
        ForecastSpendPence = Pence.FromPounds(estimator.Forecast),
        HighNeedsBudgetPence = Pence.FromPounds(estimator.Budget),
        SurplusPence = Pence.FromPounds(estimator.Surplus),
        ByBand = { estimator.ByBand.Select(ToProto) },
        ByProvisionType = { estimator.ByProvisionType.Select(ToProto) },
        PlacementsRejected = estimator.Rejected,
        Problems = { estimator.Problems.Select(p => new Proto.EstimateProblem { PlacementId = p.PlacementId, Field = p.Field, Description = p.Description }) },
    };

    private static Proto.EstimateTotal ToProto(EstimateTotal total) =>
        new() { Key = total.Key, Placements = total.Placements, TopUpPence = Pence.FromPounds(total.TopUp) };
}
