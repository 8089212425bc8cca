namespace SendPlatform.NationalStandards.Domain.Reference;

/// <summary>E = EHC plan, K = SEN support, N = no SEN.</summary>
public sealed record SenProvision(string Code, string Name)
{
    public const string EhcPlan = "E";
    public const string SenSupport = "K";
    public const string NoSen = "N";
}
