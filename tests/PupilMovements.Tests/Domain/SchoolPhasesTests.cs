using SendPlatform.PupilMovements.Domain.Oversight;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class SchoolPhasesTests
{
    [Theory]
    [InlineData("2015-09-01", "2026-10-01", SchoolPhase.Primary)]    // 10 on 31 August 2026: year 6
    [InlineData("2015-08-31", "2026-10-01", SchoolPhase.Secondary)]  // 11 on 31 August 2026: year 7
    [InlineData("2015-08-31", "2026-07-01", SchoolPhase.Primary)]    // the school year began 31 August 2025, aged 10
    [InlineData("2010-08-31", "2026-10-01", SchoolPhase.Post16)]
    [InlineData("2010-09-01", "2026-10-01", SchoolPhase.Secondary)]  // year 11
    public void The_phase_follows_the_age_on_the_31_August_that_began_the_school_year(string born, string on, SchoolPhase phase) =>
        Assert.Equal(phase, SchoolPhases.At(DateOnly.Parse(born), DateOnly.Parse(on)));
}
