using SendPlatform.NationalStandards.Domain.EhcPlans;
using Proto = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.NationalStandards.Api;

/// <summary>Wire plan → domain plan. An unset section stays null, so the checker can report it missing.</summary>
public static class EhcPlanMapping
{
    public static EhcPlan ToDomain(this Proto.EhcPlan plan) => new(
        plan.AViewsInterestsAspirations?.Text,
        plan.BSpecialEducationalNeeds is { } b ? new PlanNeeds(b.PrimaryNeedCode.Trim(), b.SecondaryNeedCodes.Select(c => c.Trim()).ToList(), b.Description) : null,
        plan.CHealthNeeds?.Text,
        plan.DSocialCareNeeds?.Text,
        plan.EOutcomes?.Outcomes.Select(o => new PlanOutcome(o.Id, o.Description)).ToList(),
        Provision(plan.FSpecialEducationalProvision),
        Provision(plan.GHealthProvision),
        Provision(plan.H1SocialCareProvisionCsdpa),
        Provision(plan.H2OtherSocialCareProvision),
        plan.IPlacement is { } i ? new PlanPlacement(i.ProvisionType.Trim(), i.SettingName, i.Urn) : null,
        plan.JPersonalBudget?.Text,
        plan.KAdviceAndInformation?.Text);

    private static List<PlanProvision>? Provision(Proto.ProvisionSection? section) =>
        section?.Items.Select(p => new PlanProvision(p.OutcomeIds.ToList(), p.What, p.Who, p.HowOften, p.HowLong)).ToList();

    public static Proto.EhcPlanFinding ToProto(this EhcPlanFinding finding) =>
        new() { Section = finding.Section, Code = finding.Code, Message = finding.Message, Path = finding.Path };
}
