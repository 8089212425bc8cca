namespace SendPlatform.NationalStandards.Data;

public static class StandardsCacheKeys
{
    public const string CurrentSet = "standards:current";
    public const string NeedTypes = "reference:need-types";
    public const string ProvisionTypes = "reference:provision-types";
    public const string LocalAuthorities = "reference:local-authorities";
}
