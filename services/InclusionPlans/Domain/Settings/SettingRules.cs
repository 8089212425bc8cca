namespace SendPlatform.InclusionPlans.Domain.Settings;

/// <summary>
/// What a register row must be: a URN, a national provision type, ages within 0–25 in order, a location in or near
/// England (settings just over the border in Wales or Scotland take English children too, hence the margin), and
/// places only for primary need codes, each given once.
/// </summary>
public static class SettingRules
{
    public const double MinLatitude = 49.8, MaxLatitude = 56.0, MinLongitude = -6.5, MaxLongitude = 2.0;
    public const int MaxPlaces = 100_000;

    public static void Check(SettingDetails s, IReadOnlySet<string> provisionTypes, Violations v, string prefix = "")
    {
        if (!Urn.TryParse(s.Urn, out _, out var urnReason)) v.Add(prefix + "urn", urnReason);
        if (s.Name.Length is 0 or > 200) v.Add(prefix + "name", "is required (at most 200 characters)");
        if (!LaCode.TryParse(s.LaCode, out _, out var laReason)) v.Add(prefix + "la_code", laReason);
        if (!provisionTypes.Contains(s.ProvisionType)) v.Add(prefix + "provision_type", $"'{s.ProvisionType}' is not a national provision type");
        if (!Enum.IsDefined(s.Phase)) v.Add(prefix + "phase", "is required");
        if (s.AgeFrom is < 0 or > 25 || s.AgeTo is < 0 or > 25 || s.AgeFrom > s.AgeTo) v.Add(prefix + "age_to", "ages must be 0 to 25, age_from first");
        if (double.IsNaN(s.Latitude) || s.Latitude is < MinLatitude or > MaxLatitude
            || double.IsNaN(s.Longitude) || s.Longitude is < MinLongitude or > MaxLongitude)
            v.Add(prefix + "latitude", $"the location must be in or near England (latitude {MinLatitude} to {MaxLatitude}, longitude {MinLongitude} to {MaxLongitude})");
        foreach (var (need, places) in s.Places)
        {
            if (PrimaryNeeds.Find(need) is null) v.Add(prefix + "places", $"'{need}' is not a primary need code");
            if (places is < 0 or > MaxPlaces) v.Add(prefix + "places", $"{need}: places must be 0 to {MaxPlaces:N0}");
        }
        if (s.PlacesFilled is < 0 or > MaxPlaces) v.Add(prefix + "places_filled", $"must be 0 to {MaxPlaces:N0}");
    }
}
