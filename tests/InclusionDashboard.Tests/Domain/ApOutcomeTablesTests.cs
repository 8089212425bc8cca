using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class ApOutcomeTablesTests
{
    private static readonly ApOutcomeTally[] Tallies =
    [
        new(ApOutcomeTally.ImprovedAttendance, 20, 10),
        new(ApOutcomeTally.AttainmentEnglishAndMaths, 2, 28),
        new(ApOutcomeTally.Reintegration, 7, 5),
    ];

    private static Dictionary<string, string[]> Rows(FigureTable table) =>
        table.Rows.ToDictionary(r => r.Id, r => (string[])[.. r.Values, r.Total]);

    [Fact]
    public void Each_outcome_shows_met_not_met_all_it_applies_to_and_the_share_met()
    {
        var table = ApOutcomeTables.Build(Tallies, Period.AcademicYear(2026), withhold: false);

        Assert.Equal("AP performance outcomes, 2026-27", table.Title);
        var rows = Rows(table);
        Assert.Equal(["20", "10", "66.7", "30"], rows["improved_attendance"]);
        Assert.Equal(["2", "28", "6.7", "30"], rows["attainment_english_and_maths"]);
        Assert.Equal(["7", "5", "58.3", "12"], rows["reintegration"]);
        Assert.Equal(["0", "0", "x", "0"], rows["effective_outreach"]);
        Assert.Equal(["0", "0", "x", "0"], rows["post16_transitions"]);
    }

    [Fact]
    public void Withheld_a_small_count_takes_its_row_partner_and_share_with_it_and_a_month_shows_its_school_year()
    {
        var table = ApOutcomeTables.Build(Tallies, Period.Month(2027, 3), withhold: true);

        Assert.Equal("AP performance outcomes, 2026-27", table.Title);
        var rows = Rows(table);
        Assert.Equal(["c", "c", "c", "30"], rows["attainment_english_and_maths"]);
        Assert.Equal(["20", "10", "66.7", "30"], rows["improved_attendance"]);
        Assert.Equal(["7", "5", "58.3", "12"], rows["reintegration"]);
    }
}
