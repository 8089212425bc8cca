namespace SendPlatform.NationalStandards.Domain.Reference;

/// <summary>A primary need code; AreaCode is null for OTH and NSA, which sit outside the four areas.</summary>
public sealed record NeedType(string Code, string Name, string? AreaCode, string[] ValidWithSenProvisions)
{
    public bool ValidWith(string senProvisionCode) => ValidWithSenProvisions.Contains(senProvisionCode);
}
