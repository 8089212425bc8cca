using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Redress;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>A plan's life after it is issued: reviews, the amended plan a review decides on, and ceasing.</summary>
public sealed partial class EhcCase
{
    /// <summary>Records a review and the LA's decision after it; false when it repeats the latest review.</summary>
    public bool RecordReview(AnnualReview review)
    {
        if (Reviews.LastOrDefault() == review) return false;
        if (Stage != CaseStage.PlanIssued || Reviews.LastOrDefault()?.Decision == ReviewDecision.Cease)
            throw new DomainRuleException("A review is of a plan in force.", [new FieldViolation("meeting_on", $"cannot review a case at stage {Stage}")]);
        NotBefore(review.MeetingOn, Reviews.LastOrDefault()?.MeetingOn.AddDays(1) ?? PlanIssuedOn!.Value, "meeting_on",
            Reviews.Count == 0 ? "the plan was issued" : "the day after the last review");
        NotBefore(review.DecidedOn, review.MeetingOn, "decided_on", "the review meeting");
        Reviews.Add(review);
        MoveTo(review.Decision == ReviewDecision.Amend ? CaseStage.Amending : CaseStage.PlanIssued);
        return true;
    }

    /// <summary>
    /// Issues the plan a review decided to amend, complete as a final plan must be; Created is false when it repeats the
    /// amended plan (a retry).
    /// </summary>
    public (PlanVersionEntry Entry, bool Created) IssueAmended(DateOnly issuedOn, PlanFacts facts, IReadOnlyList<PlanFinding> findings, string contentHash)
    {
        if (PlanVersions.LastOrDefault() is { } latest && latest.Repeats(PlanKind.Amended, issuedOn, contentHash)) return (latest, false);
        if (Stage != CaseStage.Amending)
            throw new DomainRuleException("An amended plan follows a review's decision to amend.", [new FieldViolation("plan", $"cannot be amended at stage {Stage}")]);
        RequireComplete(facts, findings);
        var order = PendingOrderAbout(DisagreementSubject.PlanContents);
        NotBefore(issuedOn, order?.OutcomeOn ?? Reviews[^1].DecidedOn, "issued_on", order is null ? "the decision to amend" : "the appeal's outcome");
        order?.Comply(issuedOn);
        var entry = new PlanVersionEntry(PlanVersions.Count + 1, PlanKind.Amended, issuedOn, 0, contentHash);
        PlanVersions.Add(entry);
        IssuedPlan = facts;
        MoveTo(CaseStage.PlanIssued);
        return (entry, true);
    }

    /// <summary>
    /// Whether the latest amended plan came in time: within 5 weeks of the appeal outcome it obeyed, or else within 8
    /// weeks of the review's decision to amend.
    /// </summary>
    public bool AmendedInTime => PlanVersions.LastOrDefault() is { Kind: PlanKind.Amended } amended
        && (Disagreements.LastOrDefault(d => d.Subject == DisagreementSubject.PlanContents && d.OrderCompliedOn == amended.IssuedOn) is { } obeyed
            ? amended.IssuedOn <= StatutoryPeriods.OrderOnThePlan.EndsOn(obeyed.OutcomeOn!.Value)
            : Reviews.LastOrDefault(r => r.Decision == ReviewDecision.Amend) is { } decided
              && amended.IssuedOn <= StatutoryPeriods.AmendedPlan.EndsOn(decided.DecidedOn));

    /// <summary>Ceases to maintain the plan; false when it repeats the cessation recorded.</summary>
    public bool Cease(DateOnly on, CeaseReason reason)
    {
        if (Stage == CaseStage.Ceased)
        {
            if (CeasedOn == on && CeaseReason == reason) return false;
            throw new DomainRuleException($"The plan already ceased on {CeasedOn:yyyy-MM-dd}.", [new FieldViolation("ceased_on", "is already recorded")]);
        }
        if (Stage is not (CaseStage.PlanIssued or CaseStage.Amending))
            throw new DomainRuleException("Only a plan in force can cease.", [new FieldViolation("ceased_on", $"cannot cease a case at stage {Stage}")]);
        NotBefore(on, PlanIssuedOn!.Value, "ceased_on", "the plan was issued");
        CeasedOn = on;
        CeaseReason = reason;
        MoveTo(CaseStage.Ceased);
        return true;
    }
}
