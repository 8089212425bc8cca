using SendPlatform.NationalStandards.Domain.EhcPlans;
using SendPlatform.NationalStandards.Domain.Reference;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.NationalStandards.Tests.Builders;

namespace SendPlatform.NationalStandards.Tests.Domain;

public sealed class EhcPlanCheckerTests
{
    private static readonly ReferenceCatalogue Catalogue = new(NationalReferenceData.NeedTypes, NationalReferenceData.ProvisionTypes);
    private static readonly StandardsSetContent InForce = new ContentBuilder().Build();

    private static IReadOnlyList<EhcPlanFinding> Check(EhcPlan plan, StandardsSetContent? standards = null) =>
        EhcPlanChecker.Check(plan, Catalogue, standards ?? InForce);

    [Fact]
    public void A_plan_that_meets_the_template_has_no_findings() => Assert.Empty(Check(PlanBuilder.Compliant()));

    [Fact]
    public void Each_missing_section_is_reported_by_its_letter()
    {
        var plan = PlanBuilder.Compliant() with { C = null, G = null, K = null };
        var findings = Check(plan);
        Assert.Equal(["C", "G", "K"], findings.Where(f => f.Code == "MISSING_SECTION").Select(f => f.Section).Order());
    }

    [Fact]
    public void Sections_that_may_say_nothing_applies_can_be_empty_but_views_cannot()
    {
        Assert.Empty(Check(PlanBuilder.Compliant() with { C = "", D = "", J = "" }));
        var finding = Assert.Single(Check(PlanBuilder.Compliant() with { A = "  " }));
        Assert.Equal(("A", "EMPTY_SECTION"), (finding.Section, finding.Code));
    }

    [Fact]
    public void An_outcome_with_no_provision_in_F_G_or_H_is_reported()
    {
        var plan = PlanBuilder.Compliant() with { E = [new("O1", "Talk"), new("O2", "Walk to school independently")] };
        var finding = Assert.Single(Check(plan));
        Assert.Equal(("E", "OUTCOME_WITHOUT_PROVISION", "e_outcomes.outcomes[1]"), (finding.Section, finding.Code, finding.Path));
    }

    [Fact]
    public void An_outcome_met_by_health_or_social_care_provision_is_served()
    {
        var plan = PlanBuilder.Compliant() with
        {
            E = [new("O1", "Talk"), new("O2", "Manage own medication")],
            G = [new PlanProvision(["O2"], "Medication training", "School nurse", "Termly", "")],
        };
        Assert.Empty(Check(plan));
    }

    [Theory]
    [InlineData("", "Therapist", "Weekly", "", "what is provided")]
    [InlineData("Therapy", "", "Weekly", "", "who provides it")]
    [InlineData("Therapy", "Therapist", "", "", "how often or for how long")]
    public void Provision_in_F_must_say_who_what_and_how_often_or_how_long(string what, string who, string often, string howLong, string expected)
    {
        var plan = PlanBuilder.Compliant() with { F = [new PlanProvision(["O1"], what, who, often, howLong)] };
        var finding = Assert.Single(Check(plan));
        Assert.Equal(("F", "PROVISION_NOT_SPECIFIC"), (finding.Section, finding.Code));
        Assert.Contains(expected, finding.Message);
    }

    [Fact]
    public void Provision_worded_as_required_is_not_quantified()
    {
        var plan = PlanBuilder.Compliant() with { F = [PlanBuilder.SpeechTherapy with { HowOften = "As required" }] };
        var finding = Assert.Single(Check(plan));
        Assert.Contains("'as required'", finding.Message);
    }

    [Fact]
    public void Provision_naming_an_outcome_that_is_not_in_E_is_reported()
    {
        var plan = PlanBuilder.Compliant() with { F = [PlanBuilder.SpeechTherapy, PlanBuilder.SpeechTherapy with { OutcomeIds = ["O9"] }] };
        var finding = Assert.Single(Check(plan));
        Assert.Equal(("F", "PROVISION_FOR_UNKNOWN_OUTCOME", "f_special_educational_provision.items[1]"), (finding.Section, finding.Code, finding.Path));
    }

    [Fact]
    public void A_placement_that_cannot_meet_the_primary_need_under_the_standards_is_reported()
    {
        var plan = PlanBuilder.Compliant() with { I = new PlanPlacement("AP", "Hillside AP", "100001") };
        var finding = Assert.Single(Check(plan));
        Assert.Equal(("I", "PLACEMENT_CANNOT_MEET_NEED"), (finding.Section, finding.Code));
    }

    [Fact]
    public void With_no_standards_in_force_the_placement_cannot_be_checked()
    {
        var finding = Assert.Single(EhcPlanChecker.Check(PlanBuilder.Compliant(), Catalogue, null));
        Assert.Equal("NO_STANDARDS_PUBLISHED", finding.Code);
    }

    [Fact]
    public void A_primary_need_of_NSA_is_not_valid_with_a_plan()
    {
        var plan = PlanBuilder.Compliant() with { B = new PlanNeeds("NSA", [], "") };
        Assert.Contains(Check(plan), f => f.Code == "NEED_NOT_VALID_FOR_PLAN");
    }

    [Fact]
    public void Unknown_need_codes_and_provision_types_are_reported()
    {
        var plan = PlanBuilder.Compliant() with { B = new PlanNeeds("ASD", ["XYZ"], ""), I = new PlanPlacement("CASTLE", "", "") };
        var codes = Check(plan).Select(f => f.Code).Order().ToList();
        Assert.Equal(["UNKNOWN_NEED_CODE", "UNKNOWN_PROVISION_TYPE"], codes);
    }

    [Fact]
    public void Outcome_ids_must_be_unique()
    {
        var plan = PlanBuilder.Compliant() with { E = [new("O1", "a"), new("O1", "b")] };
        Assert.Contains(Check(plan), f => f.Code == "DUPLICATE_OUTCOME_ID");
    }

    [Fact]
    public void The_contract_lists_every_finding_code_the_checker_gives()
    {
        var codes = typeof(FindingCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order().ToList();
        var proto = File.ReadAllText(Path.Combine(SendPlatform.TestKit.TestDirectory.Repository, "protos", "send", "standards", "v1", "ehc_plans.proto"));
        var finding = System.Text.RegularExpressions.Regex.Match(proto, @"message EhcPlanFinding \{.*?string code = 2;", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var listed = System.Text.RegularExpressions.Regex.Matches(finding, "[A-Z][A-Z_]{4,}").Select(m => m.Value).Distinct().Order().ToList();
        Assert.Equal(codes, listed);
    }
}
