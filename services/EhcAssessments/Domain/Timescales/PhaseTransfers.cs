namespace SendPlatform.EhcAssessments.Domain.Timescales;

/// <summary>
/// The transfers between phases of education that follow from a child's age (SEND Regulations 2014 reg 18): into
/// school (Reception, the September after the fourth birthday), from primary to secondary (Year 7: 11 on the 31 August
/// before) and from secondary to post-16 (Year 12: 16 on the 31 August before). The plan is reviewed, and amended where
/// necessary, by 15 February of the transfer's calendar year, or 31 March for post-16. Infant-to-junior and middle-school
/// transfers depend on the schools an area has, not on the child's age, so they are not derived here.
/// </summary>
public static class PhaseTransfers
{
    private static readonly (int AgeOn31August, StatutoryPeriod Period, int AmendByMonth, int AmendByDay)[] ByAge =
    [
        (4, StatutoryPeriods.PhaseTransfer, 2, 15),
        (11, StatutoryPeriods.PhaseTransfer, 2, 15),
        (16, StatutoryPeriods.PostSixteenTransfer, 3, 31),
    ];

    /// <summary>The first transfer after the day, or null when the child has made all of them.</summary>
    public static PhaseTransfer? NextAfter(DateOnly dateOfBirth, DateOnly after)
    {
        foreach (var (age, period, month, day) in ByAge)
        {
            // A child born from September on is the age on 31 August a year later than one born January to August.
            var year = dateOfBirth.Year + age + (dateOfBirth.Month >= 9 ? 1 : 0);
            var transferOn = new DateOnly(year, 9, 1);
            if (transferOn > after) return new PhaseTransfer(period, transferOn, new DateOnly(year, month, day));
        }
        return null;
    }
}
