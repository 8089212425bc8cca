using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class PlanTablesTests
{
    private static PlanSufficiency S(string need, string type, string year, int demand, int places) => new(need, type, year, demand, places);

    [Fact]
    public void LAs_count_by_their_current_plans_status_and_sufficiency_sums_public_plans_for_the_periods_academic_year()
    {
        CurrentPlan[] plans =
        [
            new("931", "Published", [S("ASD", "MAINSTREAM", "2026-27", 120, 100), S("ASD", "STATE_SPECIAL", "2026-27", 30, 35), S("ASD", "MAINSTREAM", "2027-28", 140, 130)]),
            new("825", "NeedsReview", [S("SEMH", "AP", "2026-27", 40, 40)]),
            new("202", "Draft", [S("ASD", "MAINSTREAM", "2026-27", 999, 0)]),
        ];
        var tables = PlanTables.Build(plans, laCount: 19, Period.Month(2027, 2));
        Assert.Equal(["1", "1", "1", "16"], tables[0].Rows.Select(r => r.Values.Single()));
        Assert.Equal("Place sufficiency planned for 2026-27", tables[1].Title);
        Assert.Equal([("asd", "150", "135", "15"), ("semh", "40", "40", "0")], tables[1].Rows.Select(r => (r.Id, r.Values[0], r.Values[1], r.Values[2])));
    }
}
