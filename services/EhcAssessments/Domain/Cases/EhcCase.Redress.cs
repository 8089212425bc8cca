using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Redress;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// Redress: a family disagreeing with a decision not to assess, not to issue a plan, with the plan's contents, or with
/// the decision to cease it, through mediation to the tribunal. An upheld or conceded appeal reopens the decision: the
/// LA may then decide to assess, or to issue, where it had refused, or must amend the plan, each within the time
/// regulation 44 gives; a decision to cease falls, and the plan stays in force.
/// </summary>
public sealed partial class EhcCase
{
    public List<Disagreement> Disagreements { get; private set; } = [];

    /// <summary>Records mediation about the decision as far as it has gone; false when it adds nothing.</summary>
    public bool RecordMediation(DisagreementSubject subject, MediationFacts facts) => Record(subject, d => d.RecordMediation(facts));

    /// <summary>Records the appeal against the decision; false when it repeats the one recorded.</summary>
    public bool RegisterAppeal(DisagreementSubject subject, DateOnly registeredOn, string? reference) =>
        Record(subject, d => d.RegisterAppeal(registeredOn, reference));

    /// <summary>Records how the appeal ended; an upheld plan appeal sends the case back to amending.</summary>
    public bool RecordAppealOutcome(DisagreementSubject subject, AppealOutcome outcome, DateOnly on)
    {
        if (!Record(subject, d => d.RecordOutcome(outcome, on))) return false;
        if (subject == DisagreementSubject.PlanContents && PendingOrderAbout(subject) is not null && Stage == CaseStage.PlanIssued) Stage = CaseStage.Amending;
        if (subject == DisagreementSubject.Ceasing && outcome is AppealOutcome.Upheld or AppealOutcome.Conceded && Stage == CaseStage.Ceasing)
        {
            // The decision to cease falls: the plan stays in force and its reviews go on (the disagreement keeps the decision).
            Stage = CaseStage.PlanIssued;
            CeaseDecidedOn = null;
            CeaseReason = null;
        }
        MoveTo(Stage);
        return true;
    }

    /// <summary>The latest disagreement with an order the LA has still to obey.</summary>
    public Disagreement? PendingOrder => Disagreements.LastOrDefault(d => d.OrderPending);

    private Disagreement? PendingOrderAbout(DisagreementSubject subject) => PendingOrder is { } order && order.Subject == subject ? order : null;

    /// <summary>
    /// A step on the disagreement with the decision now in force on the subject; one begun by this step is kept only
    /// if the step succeeds.
    /// </summary>
    private bool Record(DisagreementSubject subject, Func<Disagreement, bool> step)
    {
        var decisionOn = subject switch
        {
            DisagreementSubject.NotToAssess when AssessmentDecision == Cases.AssessmentDecision.NotAssess => AssessmentDecidedOn,
            DisagreementSubject.NotToIssue when IssueDecision == Cases.IssueDecision.NotIssue => IssueDecidedOn,
            DisagreementSubject.PlanContents when Stage is CaseStage.PlanIssued or CaseStage.Amending =>
                PlanVersions.LastOrDefault(v => v.Kind != PlanKind.Draft)?.IssuedOn,
            DisagreementSubject.Ceasing when Stage == CaseStage.Ceasing => CeaseDecidedOn,
            _ => null,
        } ?? throw new DomainRuleException("There is no such decision on this case to disagree with.",
            [new FieldViolation("subject", $"has no decision in force to disagree with at stage {Stage}")]);
        if (Disagreements.LastOrDefault(d => d.Subject == subject && d.DecisionOn == decisionOn) is { } begun) return step(begun);
        var disagreement = new Disagreement(subject, decisionOn);
        if (!step(disagreement)) return false;
        Disagreements.Add(disagreement);
        return true;
    }
}
