namespace SendPlatform.EhcAssessments.Domain.Timescales;

/// <summary>
/// The phases of education the schools a child attends follow, which decide the transfers regulation 18 times;
/// numbered as the wire's enum. Every system has the move into school and the move into post-16.
/// </summary>
public enum SchoolSystem
{
    /// <summary>Primary (Reception to Year 6) then secondary: the move into Year 7.</summary>
    PrimarySecondary = 1,
    /// <summary>Infant (to Year 2), junior (Years 3 to 6) then secondary: the moves into Year 3 and Year 7.</summary>
    InfantJunior = 2,
    /// <summary>First, middle (ages 8 to 12) and upper schools: the moves into Year 4 and Year 8.</summary>
    MiddleEightToTwelve = 3,
    /// <summary>First, middle (ages 9 to 13) and upper schools: the moves into Year 5 and Year 9.</summary>
    MiddleNineToThirteen = 4,
}
