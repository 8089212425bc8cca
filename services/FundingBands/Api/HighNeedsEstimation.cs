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

    public async Task<HighNeedsEstimator> StartAsync(CallerOrganisation caller, Proto.HighNeedsEstimateHeader header, IReadOnlySet<string> provisionTypes,
        CancellationToken cancellationToken)
    {
        var v = new Violations();
        if (!LaCode.TryParse(header.LaCode, out var laCode, out var reason)) v.Add("header.la_code", reason);
        var year = FrameworkValidation.Year(header.FinancialYear, "header.financial_year", v);
        if (header.HighNeedsBudgetPence < 0) v.Add("header.high_needs_budget_pence", "must not be negative");
        if (header.PlaceFundingPence < 0) v.Add("header.place_funding_pence", "must not be negative");
        if (header.OtherCommitmentsPence < 0) v.Add("header.other_commitments_pence", "must not be negative");
        var places = CommissionedPlaces(header, provisionTypes, v);
        if (laCode is not { } la || year is not { } financialYear || v.Any) throw v.Refusal();
        RequireMayEstimate(caller);
        if (caller.Type == OrganisationType.La && caller.LaCode != la.Value)
            throw new PermissionDeniedException($"A local authority may estimate only its own area ({caller.LaCode}).");
        var frameworks = await published.GetAsync(cancellationToken);
        var other = Pence.ToPounds(header.OtherCommitmentsPence);
        var commitments = places.Count > 0
            ? HighNeedsCommitments.FromPlaces(places, other, financialYear, frameworks)
            : HighNeedsCommitments.Stated(Pence.ToPounds(header.PlaceFundingPence), other);
        return new HighNeedsEstimator(la.Value, financialYear, Pence.ToPounds(header.HighNeedsBudgetPence), frameworks, commitments);
    }

    /// <summary>Places per provision type, each type once; given instead of a stated place funding, never with it.</summary>
    private static List<(string ProvisionType, int Places)> CommissionedPlaces(Proto.HighNeedsEstimateHeader header, IReadOnlySet<string> provisionTypes, Violations v)
    {
        var places = new List<(string, int)>();
        for (var i = 0; i < header.CommissionedPlaces.Count; i++)
        {
            var entry = header.CommissionedPlaces[i];
            var type = entry.ProvisionType.Trim();
            var field = $"header.commissioned_places[{i}]";
            if (!provisionTypes.Contains(type)) v.Add($"{field}.provision_type", $"'{type}' is not a national provision type");
            else if (places.Any(p => p.Item1 == type)) v.Add($"{field}.provision_type", $"'{type}' is given twice");
            if (entry.Places is < 1 or > PricingApi.MaxPlaces) v.Add($"{field}.places", $"must be between 1 and {PricingApi.MaxPlaces}");
            places.Add((type, entry.Places));
        }
        if (places.Count > 0 && header.PlaceFundingPence != 0)
            v.Add("header.commissioned_places", "give place funding or commissioned places, not both");
        return places;
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
        TopUpPence = Pence.FromPounds(estimator.TopUp),
        PlaceFundingPence = Pence.FromPounds(estimator.Commitments.PlaceFunding),
        OtherCommitmentsPence = Pence.FromPounds(estimator.Commitments.Other),
        PlaceFundingByProvisionType =
        {
            estimator.Commitments.PlaceFundingByProvisionType.Select(t => new Proto.PlaceFundingTotal
            {
                ProvisionType = t.ProvisionType, Places = t.Places, FrameworkId = t.FrameworkId,
                PerPlacePence = Pence.FromPounds(t.PerPlace), TotalPence = Pence.FromPounds(t.Total),
            }),
        },
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
