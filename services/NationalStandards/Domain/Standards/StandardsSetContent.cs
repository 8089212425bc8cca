namespace SendPlatform.NationalStandards.Domain.Standards;

public sealed record StandardsSetContent(
    string Title,
    IReadOnlyList<Standard> Standards,
    IReadOnlyList<OrdinarilyAvailableProvision> OrdinarilyAvailable,
    IReadOnlyList<ProvisionNeedMatch> ProvisionMatches)
{
    public bool CanMeet(string provisionType, string needCode) =>
        ProvisionMatches.Any(m => m.ProvisionType == provisionType && m.NeedCodes.Contains(needCode));
}
