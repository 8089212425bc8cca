using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.ApCommissioning.Tests.Domain;

public sealed class AcademicYearTests
{
    [Theory]
    [InlineData("2026-27", 2026)]
    [InlineData(" 2099-00 ", 2099)]
    [InlineData("2000-01", 2000)]
    public void A_school_year_is_written_start_dash_next_two_digits(string text, int start)
    {
        Assert.True(AcademicYear.TryParse(text, out var year));
        Assert.Equal(start, year.Value.StartYear);
        Assert.Equal(text.Trim(), year.Value.ToString());
        Assert.Equal(new DateOnly(start, 9, 1), year.Value.Start);
    }

    [Theory]
    [InlineData("2026-28")]
    [InlineData("2026/27")]
    [InlineData("1999-00")]
    [InlineData("26-27")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_one(string? text) => Assert.False(AcademicYear.TryParse(text, out _));
}
