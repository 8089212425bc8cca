namespace SendPlatform.InclusionPlans.Domain.TailoredLists;

/// <summary>One setting on a tailored list, as it stood when the list was drawn.</summary>
public sealed record TailoredSetting(string Urn, string Name, string LaCode, string ProvisionType, int Phase, double DistanceKm, bool OutsideLa, int PlacesAvailable);
