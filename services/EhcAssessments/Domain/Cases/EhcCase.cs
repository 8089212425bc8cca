using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// One child's journey through an EHC needs assessment, run by the responsible LA. Every due date counts from the day
/// the request was received; each step may only follow the one it depends on, and is recorded once.
/// </summary>
public sealed class EhcCase
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

    public DateOnly? AppealDeadline => Stage switch
    {
        CaseStage.NotAssessed => StatutoryPeriods.AppealWindow.EndsOn(AssessmentDecidedOn!.Value),
        CaseStage.NotIssued => StatutoryPeriods.AppealWindow.EndsOn(IssueDecidedOn!.Value),
        _ => null,
    };

    public DueStep? Next => Stage switch
    {
        CaseStage.Requested => new DueStep(StatutoryPeriods.DecisionToAssess, DecisionToAssessDueOn),
        CaseStage.Assessing or CaseStage.Drafting => new DueStep(StatutoryPeriods.FinalPlan, FinalPlanDueOn),
        CaseStage.PlanIssued => FirstReview(),
        _ => null,
    };

    public static DateOnly RepresentationsDueOn(PlanVersionEntry draft) => StatutoryPeriods.DraftRepresentations.EndsOn(draft.IssuedOn);

    public static EhcCase Receive(AssessmentRequest request, string recordedBy, string? idempotencyKey, DateTimeOffset now)
    {
        var ehcCase = new EhcCase
        {
            Id = Guid.NewGuid(),
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

    /// <summary>Records the LA's decision whether to assess; false when it repeats the decision already recorded.</summary>
    public bool DecideAssessment(AssessmentDecision decision, DateOnly on, string? reason)
    {
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

    /// <summary>Records the LA's decision, after assessing, whether to issue a plan; false when it repeats the one recorded.</summary>
    public bool DecideToIssue(IssueDecision decision, DateOnly on, string? reason)
    {
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

    /// <summary>
    /// Keeps a draft served on the family as the next version; a draft leaves section I for the family's say. Created is
    /// false when it repeats the latest version (a retry).
    /// </summary>
    public (PlanVersionEntry Entry, bool Created) IssueDraft(DateOnly servedOn, PlanFacts facts, int findingCount, string contentHash)
    {
        if (PlanVersions.LastOrDefault() is { } latest && latest.Repeats(PlanKind.Draft, servedOn, contentHash)) return (latest, false);
        if (Stage != CaseStage.Drafting)
            throw new DomainRuleException("A draft plan follows the decision to issue one.", [new FieldViolation("plan", $"cannot be drafted at stage {Stage}")]);
        NotBefore(servedOn, LatestDraft?.IssuedOn ?? IssueDecidedOn!.Value, "issued_on", LatestDraft is null ? "the decision to issue" : "the previous draft");
        if (facts.SettingUrn is not null)
            throw new DomainRuleException("A draft plan must not name a setting: the family may ask for one first (SEND Regulations 2014 reg 13(1)).",
                [new FieldViolation("plan.i_placement.urn", "must be empty in a draft")]);
        var entry = new PlanVersionEntry(PlanVersions.Count + 1, PlanKind.Draft, servedOn, findingCount, contentHash);
        PlanVersions.Add(entry);
        return (entry, true);
    }

    /// <summary>
    /// Issues the final plan: after a draft and the family's 15 days (sooner only once they answered), complete in every
    /// section the checker looks at, and naming the setting in section I. Created is false when it repeats the final plan (a retry).
    /// </summary>
    public (PlanVersionEntry Entry, bool Created) IssueFinal(DateOnly issuedOn, DateOnly? familyRespondedOn, PlanFacts facts, IReadOnlyList<PlanFinding> findings,
        string contentHash)
    {
        if (PlanVersions.LastOrDefault() is { } latest && latest.Repeats(PlanKind.Final, issuedOn, contentHash)) return (latest, false);
        if (Stage != CaseStage.Drafting || LatestDraft is not { } draft)
            throw new DomainRuleException("A final plan follows a draft served on the family.", [new FieldViolation("plan", $"needs a draft first (stage {Stage})")]);
        var problems = findings.Select(f => new FieldViolation($"plan.{f.Path}", $"{f.Code}: {f.Message}")).ToList();
        if (facts.SettingUrn is null) problems.Add(new FieldViolation("plan.i_placement.urn", "must name the setting by URN in the final plan"));
        if (problems.Count > 0) throw new DomainRuleException("The final plan is not complete.", problems);
        if (familyRespondedOn is { } responded)
        {
            NotBefore(responded, draft.IssuedOn, "family_responded_on", "the latest draft was served");
            NotBefore(issuedOn, responded, "issued_on", "the family answered");
        }
        else if (issuedOn <= RepresentationsDueOn(draft))
        {
            throw new DomainRuleException("The family has 15 days to answer the draft before the final plan.",
                [new FieldViolation("issued_on", $"is within the family's 15 days (to {RepresentationsDueOn(draft):yyyy-MM-dd}); give family_responded_on if they answered")]);
        }
        var entry = new PlanVersionEntry(PlanVersions.Count + 1, PlanKind.Final, issuedOn, 0, contentHash);
        PlanVersions.Add(entry);
        PlanIssuedOn = issuedOn;
        IssuedPlan = facts;
        MoveTo(CaseStage.PlanIssued);
        return (entry, true);
    }

    private DueStep FirstReview()
    {
        var underFive = RequestRules.AgeOn(Child.DateOfBirth, PlanIssuedOn!.Value) < 5;
        var period = underFive ? StatutoryPeriods.EarlyYearsReview : StatutoryPeriods.AnnualReview;
        return new DueStep(period, period.EndsOn(PlanIssuedOn.Value));
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
