using SendPlatform.InclusionPlans.Domain.Compliance;
using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.InclusionPlans.Tests.Domain;

public sealed class ComplianceCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly StandardsFacts Standards = new("2026.1", true,
        [new("IDN-01", "Needs identified early"), new("OAP-01", "Ordinarily available provision"), new("AP-01", "Three-tier AP service")]);

    /// <summary>
    /// A worked 2026-2029 plan. Commitments answer IDN-01 (due 2026-10-31, not complete: overdue) and OAP-01 (due
    /// 2027-07-31), not AP-01. ASD in state special schools: 120 places today, +10 in 2026-27, +0, +20; demand 125,
    /// 140, 150, so 130 ≥ 125, 130 < 140 (10 short), 150 ≥ 150. SEMH in AP: 40 today, nothing new, demand 40 each
    /// year: met. The AP service plans targeted support and time-limited places, transitional only zeros.
    /// </summary>
    private static readonly PlanContent Worked = new(2026, 2029, "2026.1",
        [
            new("IDN-01", "Train SENCOs in early identification", "Head of SEND", new DateOnly(2026, 10, 31), Rag.Amber, false),
            new("OAP-01", "Publish the ordinarily available offer", "Inclusion lead", new DateOnly(2027, 7, 31), Rag.Green, false),
        ],
        [
            new("ASD", "STATE_SPECIAL", 120, [125, 140, 150], [10, 0, 20]),
            new("SEMH", "AP", 40, [40, 40, 40], [0, 0, 0]),
        ],
        [
            new(ApTier.TargetedSupport, [200, 220, 240]),
            new(ApTier.TimeLimited, [60, 60, 60]),
            new(ApTier.Transitional, [0, 0, 0]),
        ]);

    [Fact]
    public void The_worked_plan_has_exactly_its_four_findings_three_of_them_blocking()
    {
        var findings = ComplianceCheck.Evaluate(Worked, Standards, Today);

        Assert.Equal(
            [
                (FindingKind.StandardWithoutCommitment, true, "standards.AP-01"),
                (FindingKind.CommitmentOverdue, false, "commitments[0]"),
                (FindingKind.SufficiencyShortfall, true, "sufficiency[0].2027-28"),
                (FindingKind.ApTierWithoutPlaces, true, "ap_service.Transitional"),
            ],
            findings.Select(f => (f.Kind, f.Blocking, f.Subject)));
        Assert.Equal("ASD in STATE_SPECIAL: 130 places planned for 2027-28 against forecast demand of 140 (10 short).", findings[2].Message);
    }

    [Fact]
    public void A_commitment_due_today_or_complete_is_not_overdue_and_demand_met_exactly_is_no_shortfall()
    {
        var plan = Worked with
        {
            Commitments = [Worked.Commitments[0] with { DueDate = Today }, Worked.Commitments[1] with { DueDate = Today.AddDays(-1), Complete = true }],
            Sufficiency = [Worked.Sufficiency[0] with { PlannedNewPlaces = [10, 10, 10] }],
        };
        var kinds = ComplianceCheck.Evaluate(plan, Standards, Today).Select(f => f.Kind).ToList();
        Assert.DoesNotContain(FindingKind.CommitmentOverdue, kinds);
        Assert.DoesNotContain(FindingKind.SufficiencyShortfall, kinds);
    }

    [Fact]
    public void A_version_no_longer_in_force_blocks()
    {
        var finding = ComplianceCheck.Evaluate(Worked, Standards with { InForce = false }, Today)[0];
        Assert.Equal((FindingKind.StandardsSuperseded, true), (finding.Kind, finding.Blocking));
    }

    [Fact]
    public void Publishing_names_every_missing_sign_off_and_blocking_finding_and_a_changed_plan_needs_signing_again()
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var plan = InclusionPlan.Draft("931", Worked, ComplianceCheck.Evaluate(Worked, Standards, Today), "la-931", null, now);
        Assert.Equal([FindingKind.StandardWithoutCommitment, FindingKind.SufficiencyShortfall, FindingKind.ApTierWithoutPlaces], plan.BlockingFindings);
        plan.RecordSignOff(new PartnershipMember("la-931", "Oxfordshire County Council", PartnerRole.LocalAuthority), "Director of Children's Services", 1, "la-931", now);
        var refused = Assert.Throws<DomainRuleException>(() => plan.Publish(ComplianceCheck.Evaluate(Worked, Standards, Today), "la-931", now));
        Assert.Equal(["sign_offs.Health", "sign_offs.ParentCarerForum", "standards.AP-01", "sufficiency[0].2027-28", "ap_service.Transitional"],
            refused.Problems.Select(p => p.Field));

        plan.Replace(Worked, [], 1, "la-931", now);
        Assert.Equal(2, plan.Revision);
        Assert.Empty(plan.BlockingFindings);
        Assert.Equal(PartnershipRules.SigningRoles, plan.MissingSignOffs());
        Assert.Throws<DomainRuleException>(() => plan.Replace(Worked, [], 1, "la-931", now));

        // Newer standards in force: the draft gains the finding once; an older or repeated version changes nothing.
        Assert.False(plan.NewStandardsInForce("2025.1", now));
        Assert.True(plan.NewStandardsInForce("2027.1", now));
        Assert.False(plan.NewStandardsInForce("2027.2", now));
        Assert.Equal([FindingKind.StandardsSuperseded], plan.BlockingFindings);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }
}
