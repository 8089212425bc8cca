namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>
/// An LA's forecast high needs spend for one financial year: each placement's top-up priced by the same rule as a
/// single price call, over its days within the year only, and totalled by band and provision type; then place
/// funding and other commitments (<see cref="HighNeedsCommitments"/>), so the surplus is the budget less all three.
/// A placement that cannot be priced is counted and (the first 1,000) reported, and the rest go on.
/// </summary>
public sealed class HighNeedsEstimator
{
    public const int MaxProblemsReported = 1_000;

    private readonly PublishedFrameworks _frameworks;
    private readonly Dictionary<string, (int Count, decimal TopUp)> _byBand = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, decimal TopUp)> _byProvisionType = new(StringComparer.Ordinal);
    private readonly List<EstimateProblem> _problems = [];

    public HighNeedsEstimator(string laCode, FinancialYear year, decimal budget, PublishedFrameworks frameworks, HighNeedsCommitments? commitments = null)
    {
        if (frameworks.VersionsFor(year).Count == 0) throw new DomainRuleException($"No funding framework is published for {year}.");
        (LaCode, Year, Budget, _frameworks, Commitments) = (laCode, year, budget, frameworks, commitments ?? HighNeedsCommitments.None);
    }

    public string LaCode { get; }
    public FinancialYear Year { get; }
    public decimal Budget { get; }
    public int Priced { get; private set; }
    public int Rejected { get; private set; }
    public HighNeedsCommitments Commitments { get; }
    public decimal TopUp { get; private set; }
    public decimal Forecast => TopUp + Commitments.Total;
    public decimal Surplus => Budget - Forecast;
    public IReadOnlyList<EstimateProblem> Problems => _problems;
    public IEnumerable<EstimateTotal> ByBand => Totals(_byBand);
    public IEnumerable<EstimateTotal> ByProvisionType => Totals(_byProvisionType);

    public void Add(string id, string provisionType, string band, DateOnly start, DateOnly? end, decimal fraction)
    {
        var from = start > Year.Start ? start : Year.Start;
        var to = end is { } e && e < Year.End ? e : Year.End;
        if (from > to)
        {
            Reject(id, "start_date", $"the placement has no days in {Year}");
            return;
        }
        decimal topUp;
        try
        {
            topUp = PlacementPricer.Price(new PlacementToPrice(LaCode, provisionType, band, from, to, fraction), _frameworks).Total;
        }
        catch (RequestValidationException ex)
        {
            Reject(id, ex.Violations[0].Field, ex.Violations[0].Description);
            return;
        }
        catch (DomainRuleException ex)
        {
            Reject(id, "", ex.Message);
            return;
        }
        Priced++;
        TopUp += topUp;
        Accumulate(_byBand, band, topUp);
        Accumulate(_byProvisionType, provisionType, topUp);
    }

    public void Reject(string id, string field, string description)
    {
        Rejected++;
        if (_problems.Count < MaxProblemsReported) _problems.Add(new EstimateProblem(id, field, description));
    }

    private static void Accumulate(Dictionary<string, (int Count, decimal TopUp)> totals, string key, decimal topUp)
    {
        totals.TryGetValue(key, out var total);
        totals[key] = (total.Count + 1, total.TopUp + topUp);
    }

    private static IEnumerable<EstimateTotal> Totals(Dictionary<string, (int Count, decimal TopUp)> totals) =>
        totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new EstimateTotal(t.Key, t.Value.Count, t.Value.TopUp));
}
