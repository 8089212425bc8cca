using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>Wire → ProviderDetails: identifiers parsed once, enums checked, then the provider rules.</summary>
public static class ProviderValidation
{
    public static ProviderDetails? Parse(Proto.CreateProviderRequest r, DateOnly today, Violations v)
    {
        string? urn = null;
        if (!string.IsNullOrWhiteSpace(r.Urn))
        {
            if (Urn.TryParse(r.Urn, out var parsed, out var urnReason)) urn = parsed.Value.Value;
            else v.Add("urn", urnReason);
        }
        var reference = string.IsNullOrWhiteSpace(r.ProviderReference) ? null : r.ProviderReference.Trim();
        if (!Enum.IsDefined((ProviderKind)(int)r.Kind)) v.Add("kind", "must be one of the five kinds of AP provider");
        if (!LaCode.TryParse(r.LaCode, out var la, out var laReason)) v.Add("la_code", laReason);
        var tiers = r.Tiers.Select(t => (ApTier)(int)t).ToList();
        if (tiers.Any(t => !Enum.IsDefined(t))) v.Add("tiers", "each must be TARGETED_SUPPORT, TIME_LIMITED or TRANSITIONAL");
        var qaDate = WireFormats.Date(r.LastQualityAssuranceDate, "last_quality_assurance_date", v, required: false);
        QualityRating? rating = r.QualityRating == Proto.QualityRating.Unspecified ? null : (QualityRating)(int)r.QualityRating;
        if (rating is { } given && !Enum.IsDefined(given)) v.Add("quality_rating", "is not a rating");
        if (v.Any) return null;

        var details = new ProviderDetails(urn, reference, r.Name.Trim(), (ProviderKind)(int)r.Kind, la!.Value.Value, tiers, r.Capacity, qaDate, rating);
        ProviderRules.Check(details, today, v);
        return v.Any ? null : details;
    }
}
