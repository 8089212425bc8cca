using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Returns;

/// <summary>
/// The checks of a SEN2 return that this service's facts can answer before the LA submits it: identifiers, ages, the
/// order of dates, an active plan's need and review, and decisions past their statutory day. Each names the case so
/// the LA can put it right; none quotes the child's details.
/// </summary>
public static class Sen2Checks
{
    public static IReadOnlyList<Sen2Issue> Check(IReadOnlyList<Sen2Person> people, Sen2Period period)
    {
        var issues = new List<Sen2Issue>();
        foreach (var person in people)
        {
            var first = person.Requests[0].CaseId;
            if (person.Upn is null && person.UpnUnknown is null)
                issues.Add(new(Sen2Severity.Error, "upn", "Module 1 needs a UPN or the reason it is unknown; the case has no UPN and the child is 6 or over.", first));
            var age = RequestRules.AgeOn(person.BirthDate, period.CensusDate);
            foreach (var request in person.Requests) CheckRequest(request, age, period, issues);
        }
        if (people.Count > 0)
            issues.Add(new(Sen2Severity.Query, "ethnicity",
                $"Ethnicity is returned as {Sen2Codes.EthnicityNotObtained} (information not yet obtained) for all {people.Count} people: this platform does not record it.", null));
        return issues;
    }

    private static void CheckRequest(Sen2Request request, int age, Sen2Period period, List<Sen2Issue> issues)
    {
        void Add(Sen2Severity severity, string rule, string message) => issues.Add(new(severity, rule, message, request.CaseId));

        if (request.OutcomeDate < request.ReceivedDate)
            Add(Sen2Severity.Error, "request-outcome-date", "The request's outcome date is before the request was received.");
        if (request.Outcome == Sen2Codes.NotYetDecided && StatutoryPeriods.DecisionToAssess.EndsOn(request.ReceivedDate) < period.CensusDate)
            Add(Sen2Severity.Query, "request-outcome-overdue", "No decision whether to assess, and its 6 weeks ended before the census day.");
        if (request.Assessment is { } assessment)
        {
            if (assessment.OutcomeDate < (request.OutcomeDate ?? request.ReceivedDate))
                Add(Sen2Severity.Error, "assessment-outcome-date", "The assessment's outcome date is before the decision to assess.");
            if (assessment.Outcome == Sen2Codes.NotYetDecided && StatutoryPeriods.FinalPlan.EndsOn(request.ReceivedDate) < period.CensusDate)
                Add(Sen2Severity.Query, "assessment-outcome-overdue", "No decision whether to issue a plan, and the 20 weeks ended before the census day.");
            if (assessment.NamedPlan is { CeaseDate: not null, CeaseReason: null })
                Add(Sen2Severity.Error, "cease-reason", "A ceased plan needs its reason.");
        }
        if (request.ActivePlan is not { } plan) return;
        if (age > RequestRules.OldestAge)
            Add(Sen2Severity.Error, "active-plan-age", $"A plan is in force for a young person over {RequestRules.OldestAge} on the census day.");
        if (plan.PrimaryNeed is null)
            Add(Sen2Severity.Error, "sen-type", "An active plan needs its primary type of need (section B).");
        var reviewFrom = plan.ReviewMeeting ?? request.Assessment?.NamedPlan?.StartDate;
        var review = age < 5 ? StatutoryPeriods.EarlyYearsReview : StatutoryPeriods.AnnualReview;
        if (reviewFrom is { } from && review.EndsOn(from) < period.CensusDate)
            Add(Sen2Severity.Query, "review-overdue", $"The plan's last review (or its issue) was more than {(age < 5 ? "6" : "12")} months before the census day.");
    }
}
