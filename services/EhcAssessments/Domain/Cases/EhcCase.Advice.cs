using SendPlatform.EhcAssessments.Domain.Advice;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// The advice the assessment gathers (SEND Regulations 2014 regs 6 and 8): asked for once the LA decides to assess and
/// until it decides whether to issue a plan, one request of each kind, each recorded when it arrives.
/// </summary>
public sealed partial class EhcCase
{
    public List<AdviceRequest> Advice { get; private set; } = [];

    /// <summary>Records a request for advice; false when it repeats the one recorded.</summary>
    public bool RequestAdvice(AdviceKind kind, DateOnly on)
    {
        if (Advice.Find(a => a.Kind == kind) is { } asked)
        {
            if (asked.RequestedOn == on) return false;
            throw new DomainRuleException($"{kind} advice was already asked for on {asked.RequestedOn:yyyy-MM-dd}.", [new FieldViolation("kind", "is already asked for")]);
        }
        if (Stage != CaseStage.Assessing)
            throw new DomainRuleException("Advice is asked for during the assessment.", [new FieldViolation("kind", $"cannot be asked for at stage {Stage}")]);
        NotBefore(on, AssessmentDecidedOn!.Value, "requested_on", "the decision to assess");
        Advice.Add(new AdviceRequest(kind, on, null));
        return true;
    }

    /// <summary>Records the advice's arrival; false when it repeats the day recorded.</summary>
    public bool RecordAdvice(AdviceKind kind, DateOnly on)
    {
        var index = Advice.FindIndex(a => a.Kind == kind);
        if (index < 0) throw new DomainRuleException($"No {kind} advice was asked for.", [new FieldViolation("kind", "was not asked for")]);
        var asked = Advice[index];
        if (asked.ReceivedOn is { } received)
        {
            if (received == on) return false;
            throw new DomainRuleException($"{kind} advice is already recorded as received on {received:yyyy-MM-dd}.", [new FieldViolation("received_on", "is already recorded")]);
        }
        NotBefore(on, asked.RequestedOn, "received_on", "it was asked for");
        Advice[index] = asked with { ReceivedOn = on };
        return true;
    }
}
