namespace SendPlatform.EhcAssessments.Domain.Timescales;

/// <summary>
/// The transfers between phases of education a child makes (SEND Regulations 2014 reg 18), from their age and the
/// phases their schools follow: into school (Reception, the September after the fourth birthday), between the school
/// phases of their system (into Year 3 from an infant school, Year 4 or 5 into a middle school, Year 7, 8 or 9 into a
/// secondary or upper school), and from school to post-16 (Year 12). A child enters Year N the September they are N + 4
/// on the 31 August before. The plan is reviewed, and amended where necessary, by 15 February of the transfer's
/// calendar year, or 31 March for post-16.
/// </summary>
public static class PhaseTransfers
{
    private const int IntoSchool = 4;
    private const int IntoPostSixteen = 16;

    /// <summary>The ages on 31 August at which each system's school phases begin, after Reception.</summary>
    private static int[] SchoolPhases(SchoolSystem system) => system switch
    {
        SchoolSystem.InfantJunior => [7, 11],
        SchoolSystem.MiddleEightToTwelve => [8, 12],
        SchoolSystem.MiddleNineToThirteen => [9, 13],
        _ => [11],
    };

    /// <summary>The first transfer after the day, or null when the child has made all of them.</summary>
    public static PhaseTransfer? NextAfter(DateOnly dateOfBirth, DateOnly after, SchoolSystem system = SchoolSystem.PrimarySecondary)
    {
        int[] ages = [IntoSchool, .. SchoolPhases(system), IntoPostSixteen];
        foreach (var age in ages)
        {
            // A child born from September on is the age on 31 August a year later than one born January to August.
            var year = dateOfBirth.Year + age + (dateOfBirth.Month >= 9 ? 1 : 0);
            var transferOn = new DateOnly(year, 9, 1);
            if (transferOn <= after) continue;
            return age == IntoPostSixteen
                ? new PhaseTransfer(StatutoryPeriods.PostSixteenTransfer, transferOn, new DateOnly(year, 3, 31))
                : new PhaseTransfer(StatutoryPeriods.PhaseTransfer, transferOn, new DateOnly(year, 2, 15));
        }
        return null;
    }
}
