namespace SendPlatform.InclusionPlans.Domain.Settings;

/// <summary>A setting as the register is told it: what it is, where, which ages, and its places by need.</summary>
public sealed record SettingDetails(
    string Urn,
    string Name,
    string LaCode,
    string ProvisionType,
    Phase Phase,
    int AgeFrom,
    int AgeTo,
    double Latitude,
    double Longitude,
    IReadOnlyDictionary<string, int> Places,
    int PlacesFilled)
{
    public int TotalPlaces => Places.Values.Sum();
}
