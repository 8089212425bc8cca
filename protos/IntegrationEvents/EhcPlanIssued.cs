namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// An LA issued a final EHC plan: what DfE's timeliness figures count. InTime is against the 20 weeks of SEND
/// Regulations 2014 reg 13(2); HadException says a lawful exception applied (reg 13(3)), so the figures can be given
/// with and without such plans. PrimaryNeed (section B), ProvisionType and SettingUrn (section I) are categories and a
/// setting, never the child.
/// </summary>
public sealed record EhcPlanIssued(
    Guid CaseId,
    string LaCode,
    DateOnly ReceivedOn,
    DateOnly IssuedOn,
    bool InTime,
    bool HadException,
    string? PrimaryNeed,
    string? ProvisionType,
    string? SettingUrn) : IntegrationEvent;
