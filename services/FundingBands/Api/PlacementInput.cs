using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.FundingBands.Api;

/// <summary>The fields every placement to price carries, parsed once for a single price call or an estimate's item.</summary>
public sealed record PlacementInput(string ProvisionType, string Band, DateOnly Start, DateOnly? End, decimal Fraction)
{
    public static PlacementInput? Parse(string provisionType, string band, string start, string end, string fraction,
        IReadOnlySet<string> provisionTypes, Violations v)
    {
        var type = provisionType.Trim();
        if (type.Length == 0) v.Add("provision_type", "is required");
        else if (!provisionTypes.Contains(type)) v.Add("provision_type", $"'{type}' is not a national provision type");
        if (string.IsNullOrWhiteSpace(band)) v.Add("band", "is required");
        var startDate = WireFormats.Date(start, "start_date", v, required: true);
        var endDate = WireFormats.Date(end, "end_date", v, required: false);
        if (startDate is not null && endDate is not null && endDate < startDate) v.Add("end_date", "must not be before start_date");
        var parsedFraction = string.IsNullOrWhiteSpace(fraction)
            ? 1m
            : WireFormats.Decimal(fraction, "fraction_of_full_time", v, maxPlaces: 4, exclusiveMin: 0m, inclusiveMax: 1m);
        return v.Any ? null : new PlacementInput(type, band.Trim(), startDate!.Value, endDate, parsedFraction!.Value);
    }
}
