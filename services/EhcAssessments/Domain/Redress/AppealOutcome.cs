namespace SendPlatform.EhcAssessments.Domain.Redress;

/// <summary>How a tribunal appeal ended, numbered as the wire's enum.</summary>
public enum AppealOutcome
{
    /// <summary>The tribunal ordered the LA to do what the family asked.</summary>
    Upheld = 1,
    Dismissed = 2,
    /// <summary>The family withdrew the appeal.</summary>
    Withdrawn = 3,
    /// <summary>The LA conceded before the hearing: it must then act as if ordered.</summary>
    Conceded = 4,
}
