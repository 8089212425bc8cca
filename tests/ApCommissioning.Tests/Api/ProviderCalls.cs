namespace SendPlatform.ApCommissioning.Tests.Api;

/// <summary>A provider as an LA's system would POST it; each test overrides what it is about.</summary>
public static class ProviderCalls
{
    public static Dictionary<string, object> Registered(string urn, string la = "931", string name = "Riverside PRU") => new()
    {
        ["urn"] = urn,
        ["name"] = name,
        ["kind"] = "PROVIDER_KIND_PUPIL_REFERRAL_UNIT",
        ["laCode"] = la,
        ["tiers"] = new[] { "AP_TIER_TIME_LIMITED", "AP_TIER_TRANSITIONAL" },
        ["capacity"] = 60,
        ["lastQualityAssuranceDate"] = "2026-06-15",
        ["qualityRating"] = "QUALITY_RATING_GOOD",
    };

    public static Dictionary<string, object> Unregistered(string reference, string la = "931") => new()
    {
        ["providerReference"] = reference,
        ["name"] = "Forest School Outreach",
        ["kind"] = "PROVIDER_KIND_UNREGISTERED_AP",
        ["laCode"] = la,
        ["tiers"] = new[] { "AP_TIER_TARGETED_SUPPORT" },
        ["capacity"] = 12,
    };

    public static Dictionary<string, object> With(this Dictionary<string, object> provider, string field, object value)
    {
        provider[field] = value;
        return provider;
    }

    public static Dictionary<string, object> Without(this Dictionary<string, object> provider, string field)
    {
        provider.Remove(field);
        return provider;
    }
}
