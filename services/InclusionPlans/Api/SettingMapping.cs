using Google.Protobuf.WellKnownTypes;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using Proto = SendPlatform.Contracts.Inclusion.V1;

namespace SendPlatform.InclusionPlans.Api;

public static class SettingMapping
{
    public static SettingDetails ToDetails(this Proto.Setting s) => new(
        s.Urn.Trim(), s.Name.Trim(), s.LaCode.Trim(), s.ProvisionType.Trim(), (Phase)(int)s.Phase, s.AgeFrom, s.AgeTo, s.Latitude, s.Longitude,
        s.Places.GroupBy(p => p.NeedCode.Trim().ToUpperInvariant()).ToDictionary(g => g.Key, g => g.Sum(p => p.Places)), s.PlacesFilled);

    public static Proto.Setting ToProto(this Setting s) => new()
    {
        Urn = s.Urn,
        Name = s.Name,
        LaCode = s.LaCode,
        ProvisionType = s.ProvisionType,
        Phase = (Proto.Phase)(int)s.Phase,
        AgeFrom = s.AgeFrom,
        AgeTo = s.AgeTo,
        Latitude = s.Latitude,
        Longitude = s.Longitude,
        Places = { s.Places.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Proto.NeedPlaces { NeedCode = p.Key, Places = p.Value }) },
        PlacesFilled = Math.Max(0, s.PlacesFilled),
        UpdatedAt = Timestamp.FromDateTimeOffset(s.UpdatedAt),
        UpdatedBy = s.UpdatedBy,
    };

    public static Proto.TailoredList ToProto(this TailoredList l) => new()
    {
        Id = l.Id.ToString(),
        Request = l.Child.ToProto(l.HomeRemovedAt is null),
        HomeRemovedAt = l.HomeRemovedAt is { } removed ? Timestamp.FromDateTimeOffset(removed) : null,
        StandardsVersion = l.StandardsVersion,
        Settings =
        {
            l.Settings.Select(s => new Proto.TailoredSetting
            {
                Urn = s.Urn, Name = s.Name, LaCode = s.LaCode, ProvisionType = s.ProvisionType, Phase = (Proto.Phase)s.Phase,
                DistanceKm = s.DistanceKm, OutsideLa = s.OutsideLa, PlacesAvailable = s.PlacesAvailable,
            }),
        },
        TotalMatching = l.TotalMatching,
        CreatedAt = Timestamp.FromDateTimeOffset(l.CreatedAt),
        CreatedBy = l.CreatedBy,
    };

    private static Proto.CreateTailoredListRequest ToProto(this ChildProfile c, bool withHome)
    {
        var request = new Proto.CreateTailoredListRequest
        {
            LaCode = c.LaCode,
            PrimaryNeed = c.PrimaryNeed,
            SenProvision = c.SenProvision,
            Home = withHome ? new Proto.Location { Latitude = c.HomeLatitude, Longitude = c.HomeLongitude } : null,
            MaxDistanceKm = c.MaxDistanceKm ?? 0,
            MaxResults = c.MaxResults,
        };
        if (c.YearGroup is { } yearGroup) request.YearGroup = yearGroup;
        else request.Age = c.Age;
        return request;
    }
}
