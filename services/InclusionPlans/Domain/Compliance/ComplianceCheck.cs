using SendPlatform.InclusionPlans.Domain.Plans;

namespace SendPlatform.InclusionPlans.Domain.Compliance;

/// <summary>
/// A plan against its standards version. Blocking, because the plan would not do what the reforms ask of it:
/// a standard with no commitment (the plan must answer every standard), a year in which the places planned for a
/// need fall short of the forecast demand (sufficiency is the partnership's duty), an AP tier with no places in any
/// year (the AP service has three tiers), and a standards version no longer in force. Advisory, because it is about
/// delivery rather than the plan itself: a commitment past its due date and not complete.
/// </summary>
public static class ComplianceCheck
{
    public static IReadOnlyList<Finding> Evaluate(PlanContent plan, StandardsFacts standards, DateOnly today)
    {
        var findings = new List<Finding>();
        if (!standards.InForce)
            findings.Add(new(FindingKind.StandardsSuperseded, true, "standards_version",
                $"National standards {standards.Version} are no longer in force; the plan must answer the version in force."));

        foreach (var standard in standards.Standards.Where(s => plan.Commitments.All(c => c.StandardCode != s.Code)))
            findings.Add(new(FindingKind.StandardWithoutCommitment, true, $"standards.{standard.Code}",
                $"No commitment answers {standard.Code} ({standard.Title})."));

        for (var i = 0; i < plan.Commitments.Count; i++)
        {
            var c = plan.Commitments[i];
            if (!c.Complete && c.DueDate < today)
                findings.Add(new(FindingKind.CommitmentOverdue, false, $"commitments[{i}]",
                    $"The commitment for {c.StandardCode} was due on {c.DueDate:yyyy-MM-dd} and is not complete."));
        }

        for (var i = 0; i < plan.Sufficiency.Count; i++)
        {
            var line = plan.Sufficiency[i];
            for (var year = 0; year < Math.Min(plan.Years, line.ForecastDemand.Count); year++)
            {
                var places = line.PlacesIn(year);
                var demand = line.ForecastDemand[year];
                if (places < demand)
                    findings.Add(new(FindingKind.SufficiencyShortfall, true, $"sufficiency[{i}].{plan.YearLabel(year)}",
                        $"{line.NeedCode} in {line.ProvisionType}: {places} places planned for {plan.YearLabel(year)} against forecast demand of {demand} ({demand - places} short)."));
            }
        }

        foreach (var tier in Enum.GetValues<ApTier>().Where(t => !plan.ApService.Any(a => a.Tier == t && a.Places.Any(p => p > 0))))
            findings.Add(new(FindingKind.ApTierWithoutPlaces, true, $"ap_service.{tier}", $"The AP service plans no {tier} places in any year."));

        return findings;
    }
}
