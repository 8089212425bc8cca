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
        if (Stage != CaseStage.PlanIssued)
            throw new DomainRuleException("A review is of a plan in force.", [new FieldViolation("meeting_on", $"cannot review a case at stage {Stage}")]);
        NotBefore(review.MeetingOn, Reviews.LastOrDefault()?.MeetingOn.AddDays(1) ?? PlanIssuedOn!.Value, "meeting_on",
            Reviews.Count == 0 ? "the plan was issued" : "the day after the last review");
        NotBefore(review.DecidedOn, review.MeetingOn, "decided_on", "the review meeting");
        Reviews.Add(review);
        if (review.Decision == ReviewDecision.Cease) CeaseDecidedOn = review.DecidedOn;
        MoveTo(review.Decision switch
        {
            ReviewDecision.Amend => CaseStage.Amending,
            ReviewDecision.Cease => CaseStage.Ceasing,
            _ => CaseStage.PlanIssued,
        });
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

    /// <summary>
    /// Records the LA's notified decision to cease the plan outside a review (reg 31(2)); false when it repeats it. The
    /// plan stays in force until the time to appeal has passed or the appeal has ended.
    /// </summary>
    public bool DecideToCease(DateOnly on, CeaseReason reason)
    {
        if (Stage == CaseStage.Ceasing)
        {
            if (CeaseDecidedOn == on && CeaseReason == reason) return false;
            throw AlreadyDecided(CeaseDecidedOn!.Value, "to cease the plan");
        }
        if (Stage is not (CaseStage.PlanIssued or CaseStage.Amending))
            throw new DomainRuleException("Only a plan in force can cease.", [new FieldViolation("decided_on", $"cannot decide to cease a case at stage {Stage}")]);
        NotBefore(on, PlanVersions.Last(v => v.Kind != PlanKind.Draft).IssuedOn, "decided_on", "the plan in force was issued");
        CeaseDecidedOn = on;
        CeaseReason = reason;
        MoveTo(CaseStage.Ceasing);
        return true;
    }

    /// <summary>
    /// Ceases to maintain the plan; false when it repeats the cessation recorded. A death, or a move to another LA's
    /// area, ends it at once; any other reason only after the LA's decision to cease, once the time to appeal it has
    /// passed without an appeal or the appeal was dismissed or withdrawn (reg 31; the plan is maintained until then).
    /// </summary>
    public bool Cease(DateOnly on, CeaseReason reason)
    {
        if (Stage == CaseStage.Ceased)
        {
            if (CeasedOn == on && CeaseReason == reason) return false;
            throw new DomainRuleException($"The plan already ceased on {CeasedOn:yyyy-MM-dd}.", [new FieldViolation("ceased_on", "is already recorded")]);
        }
        if (Stage is not (CaseStage.PlanIssued or CaseStage.Amending or CaseStage.Ceasing))
            throw new DomainRuleException("Only a plan in force can cease.", [new FieldViolation("ceased_on", $"cannot cease a case at stage {Stage}")]);
        NotBefore(on, PlanIssuedOn!.Value, "ceased_on", "the plan was issued");
        if (reason is not (Cases.CeaseReason.Died or Cases.CeaseReason.MovedToAnotherLa)) RequireTimeToAppealPassed(on, reason);
        CeasedOn = on;
        CeaseReason = reason;
        MoveTo(CaseStage.Ceased);
        return true;
    }

    private void RequireTimeToAppealPassed(DateOnly on, CeaseReason reason)
    {
        if (Stage != CaseStage.Ceasing)
            throw new DomainRuleException("A plan ceases for this reason only after the LA's decision to cease, which the family may appeal.",
                [new FieldViolation("ceased_on", "needs the decision to cease first (decide-to-cease, or a review deciding to cease)")]);
        if (CeaseReason is { } given && given != reason)
            throw new DomainRuleException("The plan ceases for the reason its decision gave.", [new FieldViolation("reason", $"differs from the decision to cease ({given})")]);
        var decidedOn = CeaseDecidedOn!.Value;
        var disagreement = Disagreements.LastOrDefault(d => d.Subject == DisagreementSubject.Ceasing && d.DecisionOn == decidedOn);
        if (disagreement?.AppealRegisteredOn is not null)
        {
            if (disagreement.OutcomeOn is not { } ended)
                throw new DomainRuleException("The plan is maintained while the appeal against ceasing it is heard.",
                    [new FieldViolation("ceased_on", "has an appeal against the decision to cease still open")]);
            NotBefore(on, ended, "ceased_on", "the appeal ended");
            return;
        }
        var deadline = disagreement?.AppealDeadline ?? StatutoryPeriods.AppealWindow.EndsOn(decidedOn);
        if (on <= deadline)
            throw new DomainRuleException("The plan is maintained until the time to appeal the decision to cease has passed.",
                [new FieldViolation("ceased_on", $"must be after the last day to appeal ({deadline:yyyy-MM-dd})")]);
    }
}
