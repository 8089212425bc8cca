namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// A plan moving with its family to another LA's area (SEND Regulations 2014 reg 15): the receiving LA becomes the one
/// responsible, so the sending LA no longer sees the case, and the receiving LA has 6 weeks to say whether it will
/// reassess.
/// </summary>
public sealed partial class EhcCase
{
    /// <summary>Transfers the plan to the LA now responsible; false when it repeats the latest transfer.</summary>
    public bool Transfer(string toLaCode, DateOnly on)
    {
        if (toLaCode == LaCode)
        {
            if (TransferredOn == on) return false;
            throw new DomainRuleException("A plan transfers to another LA.", [new FieldViolation("to_la_code", $"is already the responsible LA ({LaCode})")]);
        }
        if (Stage is not (CaseStage.PlanIssued or CaseStage.Amending))
            throw new DomainRuleException("Only a plan in force transfers.", [new FieldViolation("to_la_code", $"cannot transfer a case at stage {Stage}")]);
        NotBefore(on, TransferredOn ?? PlanIssuedOn!.Value, "transferred_on", TransferredOn is null ? "the plan was issued" : "its last transfer");
        TransferredFromLa = LaCode;
        LaCode = toLaCode;
        TransferredOn = on;
        Reassess = null;
        ReassessmentDecidedOn = null;
        MoveTo(Stage);
        return true;
    }

    /// <summary>The receiving LA's decision whether to reassess; false when it repeats the one recorded.</summary>
    public bool DecideOnReassessment(bool reassess, DateOnly on)
    {
        if (TransferredOn is not { } moved)
            throw new DomainRuleException("The decision whether to reassess follows a transfer.", [new FieldViolation("reassess", "needs the plan to have transferred")]);
        if (ReassessmentDecidedOn is not null)
        {
            if (Reassess == reassess && ReassessmentDecidedOn == on) return false;
            throw AlreadyDecided(ReassessmentDecidedOn.Value, reassess ? "reassess" : "not reassess");
        }
        NotBefore(on, moved, "decided_on", "the transfer");
        Reassess = reassess;
        ReassessmentDecidedOn = on;
        MoveTo(Stage);
        return true;
    }
}
