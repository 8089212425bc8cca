using SendPlatform.NationalStandards.Domain.Reference;
using SendPlatform.NationalStandards.Domain.Standards;

namespace SendPlatform.NationalStandards.Domain.EhcPlans;

/// <summary>
/// Checks a plan against the statutory template and the standards in force: every section present (those that
/// must say something, non-empty); every outcome served by provision; provision in F specific and quantified;
/// the placement in I able to meet the primary need.
/// </summary>
public static class EhcPlanChecker
{
    // Words tribunals and the Code of Practice single out as making provision unenforceable.
    private static readonly string[] VagueWording = ["as required", "as needed", "as appropriate", "access to", "opportunities", "regular", "where possible", "if necessary"];

    public static IReadOnlyList<EhcPlanFinding> Check(EhcPlan plan, ReferenceCatalogue catalogue, StandardsSetContent? inForce)
    {
        var findings = new List<EhcPlanFinding>();
        void Add(string section, string code, string message, string path) => findings.Add(new(section, code, message, path));

        RequireText("A", plan.A, "a_views_interests_aspirations", mustHaveContent: true);
        RequireText("C", plan.C, "c_health_needs", mustHaveContent: false);
        RequireText("D", plan.D, "d_social_care_needs", mustHaveContent: false);
        RequireText("J", plan.J, "j_personal_budget", mustHaveContent: false);
        RequireText("K", plan.K, "k_advice_and_information", mustHaveContent: true);
        CheckNeeds(plan.B);
        CheckOutcomesAndProvision();
        CheckPlacement(plan.I, plan.B);
        return findings;

        void RequireText(string section, string? text, string path, bool mustHaveContent)
        {
            if (text is null) Add(section, FindingCodes.MissingSection, $"Section {section} is missing.", path);
            else if (mustHaveContent && string.IsNullOrWhiteSpace(text)) Add(section, FindingCodes.EmptySection, $"Section {section} must not be empty.", path);
        }

        void CheckNeeds(PlanNeeds? needs)
        {
            const string path = "b_special_educational_needs";
            if (needs is null) { Add("B", FindingCodes.MissingSection, "Section B is missing.", path); return; }
            if (string.IsNullOrWhiteSpace(needs.PrimaryNeedCode)) { Add("B", FindingCodes.EmptySection, "Section B must name the primary need.", $"{path}.primary_need_code"); return; }
            var need = catalogue.FindNeed(needs.PrimaryNeedCode);
            if (need is null) Add("B", FindingCodes.UnknownNeedCode, $"'{needs.PrimaryNeedCode}' is not a primary need code.", $"{path}.primary_need_code");
            else if (!need.ValidWith(SenProvision.EhcPlan))
                Add("B", FindingCodes.NeedNotValidForPlan, $"'{need.Code}' may be recorded only with SEN support, not with an EHC plan.", $"{path}.primary_need_code");
            for (var i = 0; i < needs.SecondaryNeedCodes.Count; i++)
            {
                if (!catalogue.IsNeedCode(needs.SecondaryNeedCodes[i]))
                    Add("B", FindingCodes.UnknownNeedCode, $"'{needs.SecondaryNeedCodes[i]}' is not a need code.", $"{path}.secondary_need_codes[{i}]");
            }
        }

        void CheckOutcomesAndProvision()
        {
            var sections = new (string Name, string Path, IReadOnlyList<PlanProvision>? Items)[]
            {
                ("F", "f_special_educational_provision", plan.F),
                ("G", "g_health_provision", plan.G),
                ("H1", "h1_social_care_provision_csdpa", plan.H1),
                ("H2", "h2_other_social_care_provision", plan.H2),
            };
            var outcomeIds = new HashSet<string>(StringComparer.Ordinal);
            if (plan.E is null) Add("E", FindingCodes.MissingSection, "Section E is missing.", "e_outcomes");
            else if (plan.E.Count == 0) Add("E", FindingCodes.EmptySection, "Section E must set out at least one outcome.", "e_outcomes");
            else
            {
                for (var i = 0; i < plan.E.Count; i++)
                {
                    if (!outcomeIds.Add(plan.E[i].Id))
                        Add("E", FindingCodes.DuplicateOutcomeId, $"Outcome id '{plan.E[i].Id}' is used more than once.", $"e_outcomes.outcomes[{i}].id");
                }
            }

            var served = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, path, items) in sections)
            {
                if (items is null) { Add(name, FindingCodes.MissingSection, $"Section {name} is missing.", path); continue; }
                if (name == "F" && items.Count == 0) Add("F", FindingCodes.EmptySection, "Section F must set out the special educational provision.", path);
                for (var i = 0; i < items.Count; i++)
                {
                    var itemPath = $"{path}.items[{i}]";
                    foreach (var id in items[i].OutcomeIds)
                    {
                        if (outcomeIds.Contains(id)) served.Add(id);
                        else Add(name, FindingCodes.ProvisionForUnknownOutcome, $"Provision names outcome '{id}', which is not in section E.", itemPath);
                    }
                    if (name == "F" && NotSpecific(items[i]) is { } why) Add("F", FindingCodes.ProvisionNotSpecific, why, itemPath);
                }
            }
            if (plan.E is null) return;
            for (var i = 0; i < plan.E.Count; i++)
            {
                if (!served.Contains(plan.E[i].Id))
                    Add("E", FindingCodes.OutcomeWithoutProvision, $"Outcome '{plan.E[i].Id}' has no provision in F, G or H to meet it.", $"e_outcomes.outcomes[{i}]");
            }
        }

        void CheckPlacement(PlanPlacement? placement, PlanNeeds? needs)
        {
            const string path = "i_placement";
            if (placement is null) { Add("I", FindingCodes.MissingSection, "Section I is missing.", path); return; }
            if (string.IsNullOrWhiteSpace(placement.ProvisionType)) { Add("I", FindingCodes.EmptySection, "Section I must name the type of placement.", $"{path}.provision_type"); return; }
            if (!catalogue.IsProvisionType(placement.ProvisionType)) { Add("I", FindingCodes.UnknownProvisionType, $"'{placement.ProvisionType}' is not a provision type.", $"{path}.provision_type"); return; }
            if (needs is null || catalogue.FindNeed(needs.PrimaryNeedCode) is null) return;
            if (inForce is null) { Add("I", FindingCodes.NoStandardsPublished, "No national standards are in force to check the placement against.", path); return; }
            if (!inForce.CanMeet(placement.ProvisionType, needs.PrimaryNeedCode))
                Add("I", FindingCodes.PlacementCannotMeetNeed,
                    $"Under the national standards in force, provision of type '{placement.ProvisionType}' cannot meet primary need '{needs.PrimaryNeedCode}'.", $"{path}.provision_type");
        }
    }

    /// <summary>Why the provision is not specific and quantified, or null when it is.</summary>
    public static string? NotSpecific(PlanProvision provision)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(provision.What)) missing.Add("what is provided");
        if (string.IsNullOrWhiteSpace(provision.Who)) missing.Add("who provides it");
        if (string.IsNullOrWhiteSpace(provision.HowOften) && string.IsNullOrWhiteSpace(provision.HowLong)) missing.Add("how often or for how long");
        if (missing.Count > 0) return "Provision must say " + string.Join(", ", missing) + ".";
        var text = $"{provision.What} {provision.HowOften} {provision.HowLong}";
        var vague = VagueWording.FirstOrDefault(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        return vague is null ? null : $"Provision uses the unquantified wording '{vague}'.";
    }
}
