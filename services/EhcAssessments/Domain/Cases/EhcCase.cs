using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Redress;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// One child's journey through an EHC needs assessment, run by the responsible LA. Every due date counts from the day
/// the request was received; each step may only follow the one it depends on, and is recorded once.
/// </summary>
public sealed partial class EhcCase
{
    private EhcCase()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Assigned by the database in insertion order: the key of the LA's case list.</summary>
    public long Sequence { get; private set; }

    public string LaCode { get; private set; } = "";
    public Child Child { get; private set; } = null!;
    public RequestSource Source { get; private set; }
    public string? RequestingSettingUrn { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public CaseStage Stage { get; private set; }
    public AssessmentDecision? AssessmentDecision { get; private set; }
    public DateOnly? AssessmentDecidedOn { get; private set; }
    public string? AssessmentDecisionReason { get; private set; }
    public IssueDecision? IssueDecision { get; private set; }
    public DateOnly? IssueDecidedOn { get; private set; }
    public string? IssueDecisionReason { get; private set; }
    public List<TimescaleException> Exceptions { get; private set; } = [];
    public List<PlanVersionEntry> PlanVersions { get; private set; } = [];
    public DateOnly? PlanIssuedOn { get; private set; }
    public List<AnnualReview> Reviews { get; private set; } = [];
    public DateOnly? CeasedOn { get; private set; }
    public string? TransferredFromLa { get; private set; }
    public DateOnly? TransferredOn { get; private set; }
    public bool? Reassess { get; private set; }
    public DateOnly? ReassessmentDecidedOn { get; private set; }
    /// <summary>Why the plan ceased, or, while it is ceasing, the reason the decision to cease gave.</summary>
    public CeaseReason? CeaseReason { get; private set; }

    /// <summary>The phases the child's schools follow, which decide the phase transfers the plan is reviewed for.</summary>
    public SchoolSystem Schools { get; private set; } = SchoolSystem.PrimarySecondary;

    /// <summary>The day the LA notified its decision to cease the plan (reg 31(2)); the family may appeal it.</summary>
    public DateOnly? CeaseDecidedOn { get; private set; }

    /// <summary>The final plan's section B and I facts, for the figures and the SEN2 return.</summary>
    public PlanFacts? IssuedPlan { get; private set; }

    /// <summary>The next step's due date, kept as a column so the LA's overdue list is one indexed query.</summary>
    public DateOnly? NextDueOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }

    public DateOnly DecisionToAssessDueOn => StatutoryPeriods.DecisionToAssess.EndsOn(ReceivedOn);

    public DateOnly DecisionNotToIssueDueOn => StatutoryPeriods.DecisionNotToIssue.EndsOn(ReceivedOn);

    public DateOnly FinalPlanDueOn => StatutoryPeriods.FinalPlan.EndsOn(ReceivedOn);

    public bool AssessmentDecidedInTime => AssessmentDecidedOn is { } on && on <= DecisionToAssessDueOn;

    public bool IssueDecidedInTime => IssueDecision == Cases.IssueDecision.NotIssue && IssueDecidedOn <= DecisionNotToIssueDueOn;

    public bool PlanIssuedInTime => PlanIssuedOn is { } on && on <= FinalPlanDueOn;

    public int? DaysToIssue => PlanIssuedOn is { } on ? on.DayNumber - ReceivedOn.DayNumber : null;

    /// <summary>Whether a lawful exception applied: DfE reports timeliness with and without such cases.</summary>
    public bool HasException => Exceptions.Count > 0;

    public PlanVersionEntry? LatestDraft => PlanVersions.LastOrDefault(v => v.Kind == PlanKind.Draft);

    /// <summary>After a refusal: the last day to appeal, later when a mediation certificate extends it.</summary>
    public DateOnly? AppealDeadline => Stage switch
    {
        CaseStage.NotAssessed => AppealDeadlineAfter(DisagreementSubject.NotToAssess, AssessmentDecidedOn!.Value),
        CaseStage.NotIssued => AppealDeadlineAfter(DisagreementSubject.NotToIssue, IssueDecidedOn!.Value),
        CaseStage.Ceasing => AppealDeadlineAfter(DisagreementSubject.Ceasing, CeaseDecidedOn!.Value),
        _ => null,
    };

    public DueStep? Next => Stage switch
    {
        _ when PendingOrder?.Order is { } order => order,
        CaseStage.Requested => new DueStep(StatutoryPeriods.DecisionToAssess, DecisionToAssessDueOn),
        CaseStage.Assessing or CaseStage.Drafting => new DueStep(StatutoryPeriods.FinalPlan, FinalPlanDueOn),
        CaseStage.PlanIssued or CaseStage.Amending when TransferredOn is { } moved && ReassessmentDecidedOn is null =>
            new DueStep(StatutoryPeriods.TransferDecision, StatutoryPeriods.TransferDecision.EndsOn(moved)),
        CaseStage.PlanIssued => Earlier(NextReview(), PhaseTransferDue()),
        CaseStage.Amending => Earlier(new DueStep(StatutoryPeriods.AmendedPlan, StatutoryPeriods.AmendedPlan.EndsOn(Reviews[^1].DecidedOn)), PhaseTransferDue()),
        _ => null,
    };

    public static EhcCase Receive(AssessmentRequest request, string recordedBy, string? idempotencyKey, DateTimeOffset now)
    {
        var ehcCase = new EhcCase
        {
            Id = Guid.CreateVersion7(),
            LaCode = request.LaCode,
            Child = request.Child,
            Source = request.Source,
            RequestingSettingUrn = request.SettingUrn,
            ReceivedOn = request.ReceivedOn,
            Stage = CaseStage.Requested,
            RecordedAt = now,
            RecordedBy = recordedBy,
            IdempotencyKey = idempotencyKey,
        };
        ehcCase.NextDueOn = ehcCase.Next?.DueOn;
        return ehcCase;
    }

    /// <summary>
    /// Records the LA's decision whether to assess; false when it repeats the decision already recorded. A refusal that
    /// an appeal overturned gives way to the decision to assess.
    /// </summary>
    public bool DecideAssessment(AssessmentDecision decision, DateOnly on, string? reason)
    {
        if (decision == Cases.AssessmentDecision.Assess && PendingOrderAbout(DisagreementSubject.NotToAssess) is { } order)
        {
            NotBefore(on, order.OutcomeOn!.Value, "decided_on", "the appeal's outcome");
            order.Comply(on);
            AssessmentDecision = null;
        }
        if (AssessmentDecision is not null)
        {
            if (AssessmentDecision == decision && AssessmentDecidedOn == on && AssessmentDecisionReason == reason) return false;
            throw AlreadyDecided(AssessmentDecidedOn!.Value, AssessmentDecision.Value.ToString());
        }
        NotBefore(on, ReceivedOn, "decided_on", "the request was received");
        AssessmentDecision = decision;
        AssessmentDecidedOn = on;
        AssessmentDecisionReason = reason;
        MoveTo(decision == Cases.AssessmentDecision.Assess ? CaseStage.Assessing : CaseStage.NotAssessed);
        return true;
    }

    /// <summary>
    /// Records the LA's decision, after assessing, whether to issue a plan; false when it repeats the one recorded. A
    /// refusal that an appeal overturned gives way to the decision to issue.
    /// </summary>
    public bool DecideToIssue(IssueDecision decision, DateOnly on, string? reason)
    {
        if (decision == Cases.IssueDecision.Issue && PendingOrderAbout(DisagreementSubject.NotToIssue) is { } order)
        {
            NotBefore(on, order.OutcomeOn!.Value, "decided_on", "the appeal's outcome");
            order.Comply(on);
            IssueDecision = null;
            Stage = CaseStage.Assessing;
        }
        if (IssueDecision is not null)
        {
            if (IssueDecision == decision && IssueDecidedOn == on && IssueDecisionReason == reason) return false;
            throw AlreadyDecided(IssueDecidedOn!.Value, IssueDecision.Value.ToString());
        }
        if (Stage != CaseStage.Assessing)
            throw new DomainRuleException("The LA decides whether to issue a plan only after deciding to assess.", [new FieldViolation("decision", "needs the case to be ASSESSING")]);
        NotBefore(on, AssessmentDecidedOn!.Value, "decided_on", "the decision to assess");
        IssueDecision = decision;
        IssueDecidedOn = on;
        IssueDecisionReason = reason;
        MoveTo(decision == Cases.IssueDecision.Issue ? CaseStage.Drafting : CaseStage.NotIssued);
        return true;
    }

    /// <summary>Records the phases the child's schools follow; false when they are already recorded. Not once the plan has ceased.</summary>
    public bool SetSchoolSystem(SchoolSystem system)
    {
        if (Schools == system) return false;
        if (Stage == CaseStage.Ceased)
            throw new DomainRuleException("A ceased plan has no more phase transfers.", [new FieldViolation("school_system", "cannot change once the plan has ceased")]);
        Schools = system;
        MoveTo(Stage);
        return true;
    }

    /// <summary>Records a lawful exception to the time limits while the LA's clock runs; false when it is already recorded.</summary>
    public bool RecordException(TimescaleException exception)
    {
        if (Exceptions.Contains(exception)) return false;
        if (Stage is not (CaseStage.Requested or CaseStage.Assessing or CaseStage.Drafting))
            throw new DomainRuleException("An exception to the time limits applies only while the LA's clock runs.", [new FieldViolation("kind", $"cannot apply to a case at stage {Stage}")]);
        NotBefore(exception.StartedOn, ReceivedOn, "started_on", "the request was received");
        Exceptions.Add(exception);
        return true;
    }

    private DateOnly AppealDeadlineAfter(DisagreementSubject subject, DateOnly decidedOn) =>
        Disagreements.LastOrDefault(d => d.Subject == subject && d.DecisionOn == decidedOn)?.AppealDeadline
        ?? StatutoryPeriods.AppealWindow.EndsOn(decidedOn);

    /// <summary>
    /// The first phase transfer since the plan was issued that no review (other than one deciding to amend) and no plan
    /// issued within the 12 months before it prepared for, and that the case has not moved past.
    /// </summary>
    private DueStep? PhaseTransferDue()
    {
        var latest = new[] { PlanIssuedOn!.Value, Reviews.LastOrDefault()?.MeetingOn ?? default, PlanVersions[^1].IssuedOn }.Max();
        for (var transfer = PhaseTransfers.NextAfter(Child.DateOfBirth, PlanIssuedOn!.Value, Schools); transfer is not null;
             transfer = PhaseTransfers.NextAfter(Child.DateOfBirth, transfer.TransferOn, Schools))
        {
            var prepared = Reviews.Any(r => r.Decision != ReviewDecision.Amend && transfer.Prepares(r.MeetingOn))
                           || PlanVersions.Any(v => v.Kind != PlanKind.Draft && transfer.Prepares(v.IssuedOn));
            if (!prepared && transfer.TransferOn > latest) return new DueStep(transfer.Period, transfer.AmendBy);
        }
        return null;
    }

    private static DueStep Earlier(DueStep step, DueStep? other) => other is not null && other.DueOn < step.DueOn ? other : step;

    /// <summary>The next review, from the last review's meeting or else from the plan; every 6 months for a child under 5 then.</summary>
    private DueStep NextReview()
    {
        var from = Reviews.LastOrDefault()?.MeetingOn ?? PlanIssuedOn!.Value;
        var period = RequestRules.AgeOn(Child.DateOfBirth, from) < 5 ? StatutoryPeriods.EarlyYearsReview : StatutoryPeriods.AnnualReview;
        return new DueStep(period, period.EndsOn(from));
    }

    private void MoveTo(CaseStage stage)
    {
        Stage = stage;
        NextDueOn = Next?.DueOn;
    }

    private static void NotBefore(DateOnly date, DateOnly earliest, string field, string what)
    {
        if (date < earliest)
            throw new DomainRuleException($"A step cannot come before {what}.", [new FieldViolation(field, $"is before {what} ({earliest:yyyy-MM-dd})")]);
    }

    private static DomainRuleException AlreadyDecided(DateOnly on, string decision) =>
        new($"The LA already decided on {on:yyyy-MM-dd} ({decision}); a decision is recorded once.", [new FieldViolation("decision", "is already recorded")]);
}
