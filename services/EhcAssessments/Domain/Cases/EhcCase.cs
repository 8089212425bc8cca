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

    /// <summary>The next step's due date, kept as a column so the LA's overdue list is one indexed query.</summary>
    public DateOnly? NextDueOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }

    public DateOnly DecisionToAssessDueOn => StatutoryPeriods.DecisionToAssess.EndsOn(ReceivedOn);

    public DateOnly FinalPlanDueOn => StatutoryPeriods.FinalPlan.EndsOn(ReceivedOn);

    public bool AssessmentDecidedInTime => AssessmentDecidedOn is { } on && on <= DecisionToAssessDueOn;

    public DateOnly? AppealDeadline => Stage == CaseStage.NotAssessed ? StatutoryPeriods.AppealWindow.EndsOn(AssessmentDecidedOn!.Value) : null;

    public DueStep? Next => Stage switch
    {
        CaseStage.Requested => new DueStep(StatutoryPeriods.DecisionToAssess, DecisionToAssessDueOn),
        CaseStage.Assessing => new DueStep(StatutoryPeriods.FinalPlan, FinalPlanDueOn),
        _ => null,
    };

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
        if (Stage != CaseStage.Requested)
        {
            if (AssessmentDecision == decision && AssessmentDecidedOn == on && AssessmentDecisionReason == reason) return false;
            throw new DomainRuleException($"The LA already decided on {AssessmentDecidedOn:yyyy-MM-dd} ({AssessmentDecision}); a decision is recorded once.",
                [new FieldViolation("decision", "is already recorded")]);
        }
        if (on < ReceivedOn)
            throw new DomainRuleException("A decision cannot come before the request it answers.",
                [new FieldViolation("decided_on", $"is before the request was received ({ReceivedOn:yyyy-MM-dd})")]);
        AssessmentDecision = decision;
        AssessmentDecidedOn = on;
        AssessmentDecisionReason = reason;
        Stage = decision == Cases.AssessmentDecision.Assess ? CaseStage.Assessing : CaseStage.NotAssessed;
        NextDueOn = Next?.DueOn;
        return true;
    }
}
