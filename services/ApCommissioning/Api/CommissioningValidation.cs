using SendPlatform.ApCommissioning.Domain.Budget;
using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>Wire → budget plans and commission requests, every problem a field violation.</summary>
public static class CommissioningValidation
{
    // Larger than any LA's whole high needs block: a typo's guard, not a policy.
    private const long MaxAmountPence = 100_000_000_000;

    public static BudgetPlan? Budget(Proto.SetBudgetRequest r, Violations v)
    {
        if (!FinancialYear.TryParse(r.FirstFinancialYear, out var first)) v.Add("first_financial_year", "must be a financial year such as 2026-27");
        var amounts = new Dictionary<(FinancialYear, ApTier), decimal>();
        var years = new List<FinancialYear>();
        for (var i = 0; i < r.Years.Count; i++)
        {
            var y = r.Years[i];
            if (!FinancialYear.TryParse(y.FinancialYear, out var year)) { v.Add($"years[{i}].financial_year", "must be a financial year such as 2026-27"); continue; }
            years.Add(year.Value);
            for (var j = 0; j < y.Tiers.Count; j++)
            {
                var line = y.Tiers[j];
                var tier = (ApTier)(int)line.Tier;
                if (!Enum.IsDefined(tier)) v.Add($"years[{i}].tiers[{j}].tier", "must be TARGETED_SUPPORT, TIME_LIMITED or TRANSITIONAL");
                else if (line.AmountPence is < 0 or > MaxAmountPence) v.Add($"years[{i}].tiers[{j}].amount_pence", "must be from 0 to £1bn");
                else if (!amounts.TryAdd((year.Value, tier), Pence.ToPounds(line.AmountPence))) v.Add($"years[{i}].tiers[{j}].tier", "is given twice for this year");
            }
        }
        if (first is { } start)
        {
            var expected = Enumerable.Range(0, BudgetPlan.Years).Select(k => new FinancialYear(start.StartYear + k)).ToList();
            if (!years.Order().SequenceEqual(expected))
                v.Add("years", $"must be exactly {string.Join(", ", expected)}, once each: an AP budget is set three years at a time");
        }
        return v.Any ? null : new BudgetPlan(first!.Value, amounts);
    }

    public static CommissionRequest? Commission(Proto.CommissionPlacesRequest r, Violations v)
    {
        if (!LaCode.TryParse(r.LaCode, out var la, out var laReason)) v.Add("la_code", laReason);
        if (!Guid.TryParse(r.ProviderId, out var providerId)) v.Add("provider_id", "is not a provider id");
        var tier = (ApTier)(int)r.Tier;
        if (!Enum.IsDefined(tier)) v.Add("tier", "must be TARGETED_SUPPORT, TIME_LIMITED or TRANSITIONAL");
        if (r.Places is < 1 or > ProviderRules.MaxCapacity) v.Add("places", $"must be 1 to {ProviderRules.MaxCapacity}");
        var start = WireFormats.Date(r.Period?.Start ?? "", "period.start", v, required: true);
        var end = WireFormats.Date(r.Period?.End ?? "", "period.end", v, required: true);
        if (start is { } s && end is { } e) CommissionRules.CheckPeriod(s, e, v);
        var band = string.IsNullOrWhiteSpace(r.Band) ? null : r.Band.Trim();
        var reason = string.IsNullOrWhiteSpace(r.OverrideReason) ? null : r.OverrideReason.Trim();
        if (reason is { Length: > 2000 }) v.Add("override_reason", "must be at most 2000 characters");
        return v.Any ? null : new CommissionRequest(la!.Value.Value, providerId, tier, r.Places, start!.Value, end!.Value, band, reason);
    }
}
