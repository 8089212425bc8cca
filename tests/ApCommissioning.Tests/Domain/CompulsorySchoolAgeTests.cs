using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.ApCommissioning.Tests.Domain;

public sealed class CompulsorySchoolAgeTests
{
    [Theory]
    [InlineData("2021-01-10", "2026-03-31")]  // fifth birthday 10 January 2026: from 31 March
    [InlineData("2021-03-31", "2026-03-31")]  // a birthday on a prescribed day starts that day
    [InlineData("2021-06-01", "2026-08-31")]
    [InlineData("2021-10-01", "2026-12-31")]
    public void It_starts_on_the_prescribed_day_on_or_after_the_fifth_birthday(string born, string starts) =>
        Assert.Equal(DateOnly.Parse(starts), CompulsorySchoolAge.Starts(DateOnly.Parse(born)));

    [Theory]
    [InlineData("2010-05-01", "2026-06-26")]  // turns 16 in May 2026: the last Friday in June 2026
    [InlineData("2010-09-01", "2027-06-25")]  // turns 16 in September 2026: school year 2026-27
    [InlineData("2011-08-31", "2027-06-25")]
    public void It_ends_on_the_last_Friday_in_June_of_the_school_year_the_child_turns_16(string born, string ends) =>
        Assert.Equal(DateOnly.Parse(ends), CompulsorySchoolAge.Ends(DateOnly.Parse(born)));

    [Fact]
    public void A_secondary_pupil_is_of_compulsory_school_age_and_a_four_year_old_and_a_17_year_old_are_not()
    {
        var on = new DateOnly(2026, 10, 5);
        Assert.True(CompulsorySchoolAge.On(new DateOnly(2012, 3, 1), on));
        Assert.False(CompulsorySchoolAge.On(new DateOnly(2022, 3, 1), on));
        Assert.False(CompulsorySchoolAge.On(new DateOnly(2009, 3, 1), on));
    }
}
