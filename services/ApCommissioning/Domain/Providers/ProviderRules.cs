using System.Text.RegularExpressions;

namespace SendPlatform.ApCommissioning.Domain.Providers;

/// <summary>
/// What a provider's record must say. A registered provider is a school and is known by its URN; an unregistered
/// one is not, so the LA names it by a reference of its own. Each broken rule is a field violation.
/// </summary>
public static partial class ProviderRules
{
    public const int MaxCapacity = 10_000;

    public static bool IsRegistered(ProviderKind kind) => kind != ProviderKind.UnregisteredAp;

    public static void Check(ProviderDetails p, DateOnly today, Violations v)
    {
        if (IsRegistered(p.Kind))
        {
            if (p.Urn is null) v.Add("urn", "is required for a registered provider");
            if (p.ProviderReference is not null) v.Add("provider_reference", "is only for an unregistered provider, which has no URN");
        }
        else
        {
            if (p.ProviderReference is null) v.Add("provider_reference", "is required for an unregistered provider");
            else if (!Reference().IsMatch(p.ProviderReference)) v.Add("provider_reference", "must be 1 to 40 letters, digits or hyphens");
            if (p.Urn is not null) v.Add("urn", "an unregistered provider has no URN");
        }
        if (p.Name.Length is 0 or > 200) v.Add("name", "must be 1 to 200 characters");
        if (p.Tiers.Count == 0) v.Add("tiers", "must name at least one tier the provider offers");
        else if (p.Tiers.Distinct().Count() != p.Tiers.Count) v.Add("tiers", "must not repeat a tier");
        if (p.Capacity is < 1 or > MaxCapacity) v.Add("capacity", $"must be 1 to {MaxCapacity} places");
        if (p.LastQualityAssurance > today) v.Add("last_quality_assurance_date", "must not be in the future");
        if (p.LastQualityAssurance is null != p.Rating is null)
            v.Add(p.Rating is null ? "quality_rating" : "last_quality_assurance_date", "a quality-assurance visit has both a date and a rating");
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$")]
    private static partial Regex Reference();
}
