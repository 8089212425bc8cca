using Google.Protobuf.WellKnownTypes;
using SendPlatform.ApCommissioning.Domain.Budget;
using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.Contracts.Common.V1;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

public static class CommissioningMapping
{
    public static Proto.ApBudget ToProto(string laCode, IReadOnlyList<ApBudgetLine> lines, IReadOnlyList<BudgetPosition> positions)
    {
        var latest = lines.MaxBy(l => l.SetAt);
        var budget = new Proto.ApBudget { LaCode = laCode, SetAt = latest is null ? null : Timestamp.FromDateTimeOffset(latest.SetAt), SetBy = latest?.SetBy ?? "" };
        foreach (var year in positions.GroupBy(p => p.Year))
        {
            budget.Years.Add(new Proto.BudgetYearPosition
            {
                FinancialYear = year.Key.ToString(),
                Lines =
                {
                    year.OrderBy(p => p.Tier).Select(p => new Proto.BudgetLine
                    {
                        Tier = (Proto.ApTier)(int)p.Tier,
                        BudgetPence = Pence.FromPounds(p.Budget),
                        CommittedPence = Pence.FromPounds(p.Committed),
                        RemainingPence = Pence.FromPounds(p.Remaining),
                    }),
                },
            });
        }
        return budget;
    }

    public static Proto.Commission ToProto(this ApCommission c) => new()
    {
        Id = c.Id.ToString(),
        LaCode = c.LaCode,
        ProviderId = c.ProviderId.ToString(),
        Tier = (Proto.ApTier)(int)c.Tier,
        Places = c.Places,
        Period = new DateRange { Start = WireFormats.Date(c.Start), End = WireFormats.Date(c.End) },
        Band = c.Band ?? "",
        Costs =
        {
            c.Costs.Select(cost => new Proto.CommissionCost
            {
                FinancialYear = new FinancialYear(cost.StartYear).ToString(),
                Days = cost.Days,
                PlaceFundingPence = Pence.FromPounds(cost.PlaceFunding),
                TopUpPence = Pence.FromPounds(cost.TopUp),
                FrameworkId = cost.FrameworkId,
            }),
        },
        TotalPence = Pence.FromPounds(c.Total),
        OverrideReason = c.OverrideReason ?? "",
        CommissionedAt = Timestamp.FromDateTimeOffset(c.CommissionedAt),
        CommissionedBy = c.CommissionedBy,
        RepricedAt = c.RepricedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        RepricedForFrameworkId = c.RepricedFor ?? "",
    };
}
