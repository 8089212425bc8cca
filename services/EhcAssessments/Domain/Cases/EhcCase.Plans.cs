using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>A case's plan from the decision to issue it: drafts served on the family, then the final plan.</summary>
public sealed partial class EhcCase
{
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
        RequireComplete(facts, findings);
        if (familyRespondedOn is { } responded)
        {
            NotBefore(responded, draft.IssuedOn, "family_responded_on", "the latest draft was served");
            NotBefore(issuedOn, responded, "issued_on", "the family answered");
        }
        else if (issuedOn <= StatutoryPeriods.DraftRepresentations.EndsOn(draft.IssuedOn))
        {
            throw new DomainRuleException("The family has 15 days to answer the draft before the final plan.",
                [new FieldViolation("issued_on", $"is within the family's 15 days (to {StatutoryPeriods.DraftRepresentations.EndsOn(draft.IssuedOn):yyyy-MM-dd}); give family_responded_on if they answered")]);
        }
        var entry = new PlanVersionEntry(PlanVersions.Count + 1, PlanKind.Final, issuedOn, 0, contentHash);
        PlanVersions.Add(entry);
        PlanIssuedOn = issuedOn;
        IssuedPlan = facts;
        MoveTo(CaseStage.PlanIssued);
        return (entry, true);
    }

    /// <summary>A plan in force has no finding from the template checker and names its setting in section I.</summary>
    private static void RequireComplete(PlanFacts facts, IReadOnlyList<PlanFinding> findings)
    {
        var problems = findings.Select(f => new FieldViolation($"plan.{f.Path}", $"{f.Code}: {f.Message}")).ToList();
        if (facts.SettingUrn is null) problems.Add(new FieldViolation("plan.i_placement.urn", "must name the setting by URN in a plan in force"));
        if (problems.Count > 0) throw new DomainRuleException("The plan is not complete.", problems);
    }
}
