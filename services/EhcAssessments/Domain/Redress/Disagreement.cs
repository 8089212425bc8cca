using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Redress;

/// <summary>
/// A family's disagreement with one LA decision, from mediation to the tribunal's outcome (Children and Families Act
/// 2014 ss51-55; SEND Regulations 2014 Part 6). Each fact is recorded once, in the order the law takes them: mediation
/// before its certificate, an appeal before its outcome. An upheld or conceded appeal leaves the LA an order to obey.
/// </summary>
public sealed class Disagreement
{
    private Disagreement()
    {
    }

    public Disagreement(DisagreementSubject subject, DateOnly decisionOn)
    {
        Subject = subject;
        DecisionOn = decisionOn;
    }

    public DisagreementSubject Subject { get; private set; }

    /// <summary>The day the LA notified the decision disagreed with: every period here counts from it.</summary>
    public DateOnly DecisionOn { get; private set; }

    public DateOnly? AdviserContactedOn { get; private set; }
    public bool WantsMediation { get; private set; }
    public DateOnly? MediationHeldOn { get; private set; }
    public DateOnly? CertificateIssuedOn { get; private set; }
    public DateOnly? AppealRegisteredOn { get; private set; }
    public string? TribunalReference { get; private set; }
    public AppealOutcome? Outcome { get; private set; }
    public DateOnly? OutcomeOn { get; private set; }

    /// <summary>The day the LA did what the order (or its concession) required.</summary>
    public DateOnly? OrderCompliedOn { get; private set; }

    public DateOnly? MediationDueOn => WantsMediation && AdviserContactedOn is { } contacted ? StatutoryPeriods.Mediation.EndsOn(contacted) : null;

    public DateOnly? CertificateDueOn => AdviserContactedOn is not { } contacted ? null
        : !WantsMediation ? StatutoryPeriods.MediationCertificate.EndsOn(contacted)
        : MediationHeldOn is { } held ? StatutoryPeriods.CertificateAfterMediation.EndsOn(held)
        : null;

    /// <summary>Two months from the decision, or one month from the mediation certificate when that is later.</summary>
    public DateOnly AppealDeadline
    {
        get
        {
            var window = StatutoryPeriods.AppealWindow.EndsOn(DecisionOn);
            return CertificateIssuedOn is { } certificate && StatutoryPeriods.AppealAfterCertificate.EndsOn(certificate) > window
                ? StatutoryPeriods.AppealAfterCertificate.EndsOn(certificate)
                : window;
        }
    }

    /// <summary>A late appeal is recorded all the same: the tribunal, not the LA, decides whether to admit it.</summary>
    public bool AppealInTime => AppealRegisteredOn is { } registered && registered <= AppealDeadline;

    /// <summary>An appeal won against ceasing leaves nothing to do: the plan simply stays in force.</summary>
    public bool OrderPending => Subject != DisagreementSubject.Ceasing && Outcome is AppealOutcome.Upheld or AppealOutcome.Conceded && OrderCompliedOn is null;

    /// <summary>What an upheld or conceded appeal requires of the LA, and by when; null once done or when nothing is required.</summary>
    public DueStep? Order
    {
        get
        {
            if (!OrderPending) return null;
            var period = Subject == DisagreementSubject.NotToAssess ? StatutoryPeriods.OrderToAssess : StatutoryPeriods.OrderOnThePlan;
            return new DueStep(period, period.EndsOn(OutcomeOn!.Value));
        }
    }

    /// <summary>Records mediation as far as it has gone; false when it adds nothing to what is recorded.</summary>
    public bool RecordMediation(MediationFacts facts)
    {
        NotBefore(facts.AdviserContactedOn, DecisionOn, "adviser_contacted_on", "the decision");
        if (facts.MediationHeldOn is { } held)
        {
            if (!facts.WantsMediation) throw Rule("Mediation is held only when the family wants it.", "mediation_held_on", "needs wants_mediation");
            NotBefore(held, facts.AdviserContactedOn, "mediation_held_on", "the family contacted the mediation adviser");
        }
        if (facts.CertificateIssuedOn is { } certificate)
            NotBefore(certificate, facts.MediationHeldOn ?? facts.AdviserContactedOn, "certificate_issued_on",
                facts.MediationHeldOn is null ? "the family contacted the mediation adviser" : "the mediation");
        if (AdviserContactedOn is { } recorded && (recorded != facts.AdviserContactedOn || WantsMediation != facts.WantsMediation))
            throw Rule($"The family's contact with the mediation adviser is already recorded ({recorded:yyyy-MM-dd}).", "adviser_contacted_on", "is already recorded");
        var changed = AdviserContactedOn is null;
        changed |= Fill(MediationHeldOn, facts.MediationHeldOn, "mediation_held_on", on => MediationHeldOn = on);
        changed |= Fill(CertificateIssuedOn, facts.CertificateIssuedOn, "certificate_issued_on", on => CertificateIssuedOn = on);
        AdviserContactedOn = facts.AdviserContactedOn;
        WantsMediation = facts.WantsMediation;
        return changed;
    }

    /// <summary>Records the appeal registered with the tribunal; false when it repeats the one recorded.</summary>
    public bool RegisterAppeal(DateOnly registeredOn, string? reference)
    {
        if (AppealRegisteredOn is { } recorded)
        {
            if (recorded == registeredOn && TribunalReference == reference) return false;
            throw Rule($"An appeal against this decision is already registered ({recorded:yyyy-MM-dd}).", "registered_on", "is already recorded");
        }
        NotBefore(registeredOn, DecisionOn, "registered_on", "the decision");
        AppealRegisteredOn = registeredOn;
        TribunalReference = reference;
        return true;
    }

    /// <summary>Records how the appeal ended; false when it repeats the outcome recorded.</summary>
    public bool RecordOutcome(AppealOutcome outcome, DateOnly on)
    {
        if (AppealRegisteredOn is not { } registered) throw Rule("An outcome follows a registered appeal.", "outcome", "needs the appeal to be registered first");
        if (Outcome is not null)
        {
            if (Outcome == outcome && OutcomeOn == on) return false;
            throw Rule($"The appeal's outcome is already recorded ({Outcome}, {OutcomeOn:yyyy-MM-dd}).", "outcome", "is already recorded");
        }
        NotBefore(on, registered, "decided_on", "the appeal was registered");
        Outcome = outcome;
        OutcomeOn = on;
        return true;
    }

    /// <summary>The LA did what the order required, on the day given.</summary>
    public void Comply(DateOnly on) => OrderCompliedOn = on;

    private static bool Fill(DateOnly? recorded, DateOnly? given, string field, Action<DateOnly> set)
    {
        if (given is not { } value || recorded == value) return false;
        if (recorded is not null) throw Rule($"The {field.Replace('_', ' ')} is already recorded ({recorded:yyyy-MM-dd}).", field, "is already recorded");
        set(value);
        return true;
    }

    private static void NotBefore(DateOnly date, DateOnly earliest, string field, string what)
    {
        if (date < earliest) throw Rule($"A step cannot come before {what}.", field, $"is before {what} ({earliest:yyyy-MM-dd})");
    }

    private static DomainRuleException Rule(string message, string field, string description) => new(message, [new FieldViolation(field, description)]);
}
