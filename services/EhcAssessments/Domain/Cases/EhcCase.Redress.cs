using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Redress;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// Redress: a family disagreeing with a decision not to assess, not to issue a plan, or with the plan's contents, through
/// mediation to the tribunal. An upheld or conceded appeal reopens the decision: the LA may then decide to assess, or
/// to issue, where it had refused, or must amend the plan, each within the time regulation 44 gives.
/// </summary>
public sealed partial class EhcCase
{
    public List<Disagreement> Disagreements { get; private set; } = [];

    /// <summary>Records mediation about the decision as far as it has gone; false when it adds nothing.</summary>
    public bool RecordMediation(DisagreementSubject subject, MediationFacts facts) => DisagreementAbout(subject).RecordMediation(facts);

    /// <summary>Records the appeal against the decision; false when it repeats the one recorded.</summary>
    public bool RegisterAppeal(DisagreementSubject subject, DateOnly registeredOn, string? reference) =>
        DisagreementAbout(subject).RegisterAppeal(registeredOn, reference);

    /// <summary>Records how the appeal ended; an upheld plan appeal sends the case back to amending.</summary>
    public bool RecordAppealOutcome(DisagreementSubject subject, AppealOutcome outcome, DateOnly on)
    {
        var disagreement = DisagreementAbout(subject);
        if (!disagreement.RecordOutcome(outcome, on)) return false;
        if (disagreement.OrderPending && subject == DisagreementSubject.PlanContents && Stage == CaseStage.PlanIssued) Stage = CaseStage.Amending;
        MoveTo(Stage);
        return true;
    }

    /// <summary>The latest disagreement with an order the LA has still to obey.</summary>
    public Disagreement? PendingOrder => Disagreements.LastOrDefault(d => d.OrderPending);

    private Disagreement? PendingOrderAbout(DisagreementSubject subject) => PendingOrder is { } order && order.Subject == subject ? order : null;

    /// <summary>The disagreement with the decision now in force on the subject, begun when first needed.</summary>
    private Disagreement DisagreementAbout(DisagreementSubject subject)
    {
        var decisionOn = subject switch
        {
            DisagreementSubject.NotToAssess when AssessmentDecision == Cases.AssessmentDecision.NotAssess => AssessmentDecidedOn,
            DisagreementSubject.NotToIssue when IssueDecision == Cases.IssueDecision.NotIssue => IssueDecidedOn,
            DisagreementSubject.PlanContents when Stage is CaseStage.PlanIssued or CaseStage.Amending =>
                PlanVersions.LastOrDefault(v => v.Kind != PlanKind.Draft)?.IssuedOn,
            _ => null,
        } ?? throw new DomainRuleException("There is no such decision on this case to disagree with.",
            [new FieldViolation("subject", $"has no decision in force to disagree with at stage {Stage}")]);
        var disagreement = Disagreements.LastOrDefault(d => d.Subject == subject && d.DecisionOn == decisionOn);
        if (disagreement is null)
        {
            disagreement = new Disagreement(subject, decisionOn);
            Disagreements.Add(disagreement);
        }
        return disagreement;
    }
}
