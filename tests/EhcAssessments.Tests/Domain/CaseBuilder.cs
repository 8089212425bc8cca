using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;

namespace SendPlatform.EhcAssessments.Tests.Domain;

/// <summary>The case the plan-life rules start from: requested 2026-09-01, its final plan issued 2027-01-15 naming URN 100000.</summary>
public static class CaseBuilder
{
    public static readonly DateOnly Issued = new(2027, 1, 15);

    public static EhcCase InForce(DateOnly? dateOfBirth = null)
    {
        var c = EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", dateOfBirth ?? new DateOnly(2018, 5, 1), "U", "OX1 1AA", null),
            RequestSource.Parent, null, new DateOnly(2026, 9, 1)), "la-931", null, DateTimeOffset.UnixEpoch);
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 10, 1), null);
        c.DecideToIssue(IssueDecision.Issue, new DateOnly(2026, 12, 1), null);
        c.IssueDraft(new DateOnly(2026, 12, 2), new PlanFacts("ASD", "MAINSTREAM", null), 0, "d");
        c.IssueFinal(Issued, null, new PlanFacts("ASD", "MAINSTREAM", "100000"), [], "f");
        return c;
    }
}
