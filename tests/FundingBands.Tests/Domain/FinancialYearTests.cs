using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.FundingBands.Tests.Domain;

public sealed class FinancialYearTests
{
    [Fact]
    public void A_financial_year_runs_1_April_to_31_March()
    {
        Assert.True(FinancialYear.TryParse("2026-27", out var year));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), (year.Value.Start, year.Value.End));
        Assert.Equal("2026-27", year.Value.ToString());
    }

    [Theory]
    [InlineData(2026, 365)]
    [InlineData(2027, 366)]
    [InlineData(2099 - 1, 365)]
    public void A_year_holding_29_February_has_366_days(int start, int days) => Assert.Equal(days, new FinancialYear(start).Days);

    [Theory]
    [InlineData("2026-03-31", 2025)]
    [InlineData("2026-04-01", 2026)]
    [InlineData("2027-02-28", 2026)]
    public void A_date_belongs_to_the_year_it_falls_in(string date, int start) =>
        Assert.Equal(new FinancialYear(start), FinancialYear.Containing(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-28")]
    [InlineData("2026/27")]
    [InlineData("26-27")]
    [InlineData("2026-2027")]
    [InlineData("")]
    public void Malformed_years_do_not_parse(string text) => Assert.False(FinancialYear.TryParse(text, out _));

    [Fact]
    public void The_century_turns_correctly() => Assert.True(FinancialYear.TryParse("2099-00", out _) == false && FinancialYear.TryParse("2049-50", out _));
}
