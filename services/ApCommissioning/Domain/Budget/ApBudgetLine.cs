using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Budget;

/// <summary>An LA's AP budget for one tier in one financial year (StartYear 2026 is 2026-27).</summary>
public sealed class ApBudgetLine
{
    private ApBudgetLine() { }

    public string LaCode { get; private set; } = "";
    public int StartYear { get; private set; }
    public ApTier Tier { get; private set; }
    public decimal Amount { get; private set; }
    public DateTimeOffset SetAt { get; private set; }
    public string SetBy { get; private set; } = "";

    public static ApBudgetLine Set(string laCode, int startYear, ApTier tier, decimal amount, string setBy, DateTimeOffset now) =>
        new() { LaCode = laCode, StartYear = startYear, Tier = tier, Amount = amount, SetAt = now, SetBy = setBy };
}
