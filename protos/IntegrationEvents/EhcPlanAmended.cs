namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// An LA issued the plan a review decided to amend; InTime is against the 8 weeks of SEND Regulations 2014 reg 22(3).
/// PrimaryNeed, ProvisionType and SettingUrn are the amended plan's sections B and I: categories and a setting.
/// </summary>
public sealed record EhcPlanAmended(Guid CaseId, string LaCode, DateOnly IssuedOn, bool InTime, string? PrimaryNeed, string? ProvisionType, string? SettingUrn)
    : IntegrationEvent;
