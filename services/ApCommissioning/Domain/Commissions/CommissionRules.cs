using System.Globalization;
using SendPlatform.ApCommissioning.Domain.Budget;
using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Commissions;

/// <summary>
/// What a commission must respect: the provider's own LA commissions it, in a tier the provider offers, within its
/// capacity, for at most the three years an AP budget spans; and the budget, unless the LA records why it overrides.
/// </summary>
public static class CommissionRules
{
    public const int MaxYears = BudgetPlan.Years;

    public static void CheckPeriod(DateOnly start, DateOnly end, Violations v)
    {
        if (end < start) v.Add("period.end", "must not be before period.start");
        else if (end >= start.AddYears(MaxYears)) v.Add("period.end", $"a commission lasts at most {MaxYears} years");
    }

    public static void CheckProvider(CommissionRequest r, ApProvider provider)
    {
        var problems = new List<FieldViolation>();
        if (provider.LaCode != r.LaCode) problems.Add(new("provider_id", $"the provider is on LA {provider.LaCode}'s register, not {r.LaCode}'s"));
        if (!provider.Tiers.Contains(r.Tier)) problems.Add(new("tier", $"the provider does not offer {r.Tier}"));
        if (r.Places > provider.Capacity) problems.Add(new("places", $"the provider has {provider.Capacity} places"));
        if (problems.Count > 0) throw new DomainRuleException("The provider cannot take this commission.", problems);
    }

    /// <summary>Each year the cost would take the tier's remaining budget below zero.</summary>
    public static IReadOnlyList<FieldViolation> Overcommitted(ApTier tier, IReadOnlyList<CommissionCost> costs, IReadOnlyList<BudgetPosition> positions) =>
        costs.Select(c => (Cost: c, Position: positions.FirstOrDefault(p => p.Year.StartYear == c.StartYear && p.Tier == tier)))
            .Where(x => x.Cost.Total > (x.Position?.Remaining ?? 0m))
            .Select(x => new FieldViolation($"budget.{new FinancialYear(x.Cost.StartYear)}.{tier}", string.Create(CultureInfo.InvariantCulture,
                $"costs £{x.Cost.Total:N2} against £{x.Position?.Remaining ?? 0m:N2} remaining")))
            .ToList();
}
