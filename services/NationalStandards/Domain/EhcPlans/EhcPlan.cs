namespace SendPlatform.NationalStandards.Domain.EhcPlans;

/// <summary>A plan in the standard template: sections A to K. A null section is missing from the plan.</summary>
public sealed record EhcPlan(
    string? A,
    PlanNeeds? B,
    string? C,
    string? D,
    IReadOnlyList<PlanOutcome>? E,
    IReadOnlyList<PlanProvision>? F,
    IReadOnlyList<PlanProvision>? G,
    IReadOnlyList<PlanProvision>? H1,
    IReadOnlyList<PlanProvision>? H2,
    PlanPlacement? I,
    string? J,
    string? K);

public sealed record PlanNeeds(string PrimaryNeedCode, IReadOnlyList<string> SecondaryNeedCodes, string Description);

public sealed record PlanOutcome(string Id, string Description);

/// <summary>Who provides what, how often and for how long, serving the outcomes named.</summary>
public sealed record PlanProvision(IReadOnlyList<string> OutcomeIds, string What, string Who, string HowOften, string HowLong);

public sealed record PlanPlacement(string ProvisionType, string SettingName, string Urn);
