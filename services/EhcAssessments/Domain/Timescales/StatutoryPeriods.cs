namespace SendPlatform.EhcAssessments.Domain.Timescales;

/// <summary>The periods the Children and Families Act 2014 and the SEND Regulations 2014 set for an EHC needs assessment.</summary>
public static class StatutoryPeriods
{
    public static readonly StatutoryPeriod DecisionToAssess =
        new("decision whether to assess", "SEND Regulations 2014 reg 5(3)", PeriodUnit.Weeks, 6);

    /// <summary>Each adviser's advice for the assessment, from the day the LA asked for it.</summary>
    public static readonly StatutoryPeriod Advice =
        new("advice for the assessment", "SEND Regulations 2014 reg 8(1)", PeriodUnit.Weeks, 6);

    /// <summary>After the assessment, a decision not to issue a plan.</summary>
    public static readonly StatutoryPeriod DecisionNotToIssue =
        new("decision whether to issue a plan", "SEND Regulations 2014 reg 10(1)", PeriodUnit.Weeks, 16);

    /// <summary>Representations on a draft plan, and asking for a setting to be named: "at least 15 days beginning with the day" it was served.</summary>
    public static readonly StatutoryPeriod DraftRepresentations =
        new("representations on the draft plan", "SEND Regulations 2014 reg 13(1)(b)", PeriodUnit.Days, 15, BeginsWithTheDay: true);

    public static readonly StatutoryPeriod FinalPlan =
        new("final EHC plan", "SEND Regulations 2014 reg 13(2)", PeriodUnit.Weeks, 20);

    /// <summary>A plan's first review, from the day it was issued (and each later one from the last review).</summary>
    public static readonly StatutoryPeriod AnnualReview =
        new("annual review", "Children and Families Act 2014 s44(1)", PeriodUnit.Months, 12);

    /// <summary>A child under 5 has their plan reviewed every 3 to 6 months; the latest that allows.</summary>
    public static readonly StatutoryPeriod EarlyYearsReview =
        new("review (under 5)", "SEND Code of Practice 2015 para 9.178", PeriodUnit.Months, 6);

    /// <summary>
    /// A transfer between phases (into school, primary to secondary): the review, and amendment naming the next setting,
    /// within the 12 months before it; the last day is 15 February of its year (<see cref="PhaseTransfers"/>).
    /// </summary>
    public static readonly StatutoryPeriod PhaseTransfer =
        new("review and amendment before a phase transfer", "SEND Regulations 2014 reg 18(1)(b)", PeriodUnit.Months, 12);

    /// <summary>From secondary school to post-16: as <see cref="PhaseTransfer"/>, the last day 31 March of its year.</summary>
    public static readonly StatutoryPeriod PostSixteenTransfer =
        new("review and amendment before the move to post-16", "SEND Regulations 2014 reg 18(1)(a)", PeriodUnit.Months, 12);

    /// <summary>The LA's decision to maintain, amend or cease the plan, from the review meeting.</summary>
    public static readonly StatutoryPeriod ReviewDecision =
        new("decision after the review", "SEND Regulations 2014 reg 20(10)", PeriodUnit.Weeks, 4);

    /// <summary>The amended plan, from the notice of the proposed amendments (the review decision to amend).</summary>
    public static readonly StatutoryPeriod AmendedPlan =
        new("amended EHC plan", "SEND Regulations 2014 reg 22(3)", PeriodUnit.Weeks, 8);

    /// <summary>After a plan transfers to a new LA, its decision whether to reassess the child or young person.</summary>
    public static readonly StatutoryPeriod TransferDecision =
        new("decision whether to reassess after a transfer", "SEND Regulations 2014 reg 15", PeriodUnit.Weeks, 6);

    /// <summary>A mediation certificate, from the day the mediation adviser is told the family does not want mediation.</summary>
    public static readonly StatutoryPeriod MediationCertificate =
        new("mediation certificate", "SEND Regulations 2014 reg 34(1)", PeriodUnit.WorkingDays, 3);

    /// <summary>Mediation the family wants, from the day the LA is told so.</summary>
    public static readonly StatutoryPeriod Mediation =
        new("mediation", "SEND Regulations 2014 reg 37", PeriodUnit.Days, 30);

    /// <summary>The mediator's certificate, from the day the mediation ended.</summary>
    public static readonly StatutoryPeriod CertificateAfterMediation =
        new("mediation certificate after mediation", "SEND Regulations 2014 reg 39", PeriodUnit.WorkingDays, 3);

    /// <summary>An appeal may also come within a month of the mediation certificate, when that is later than the 2 months.</summary>
    public static readonly StatutoryPeriod AppealAfterCertificate =
        new("appeal after a mediation certificate", "Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008 r20", PeriodUnit.Months, 1);

    /// <summary>A tribunal order (or the LA's concession) that the child be assessed: the LA notifies that it will assess.</summary>
    public static readonly StatutoryPeriod OrderToAssess =
        new("assessment the tribunal ordered", "SEND Regulations 2014 reg 44(2)", PeriodUnit.Weeks, 4);

    /// <summary>A tribunal order (or the LA's concession) to issue a plan or to amend the plan's contents.</summary>
    public static readonly StatutoryPeriod OrderOnThePlan =
        new("plan the tribunal ordered", "SEND Regulations 2014 reg 44(2)", PeriodUnit.Weeks, 5);

    /// <summary>From the day of the decision appealed against (Tribunal Procedure (HESC) Rules 2008 r20(1)).</summary>
    public static readonly StatutoryPeriod AppealWindow =
        new("appeal to the First-tier Tribunal", "Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008 r20", PeriodUnit.Months, 2);
}
