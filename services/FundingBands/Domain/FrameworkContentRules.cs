namespace SendPlatform.FundingBands.Domain;

/// <summary>
/// What makes a framework's content coherent: unique band codes and ordinals; every tariff for a band of the
/// framework and a national provision type, at most once per pair; amounts not negative; one factor per LA.
/// </summary>
public static class FrameworkContentRules
{
    public static void Check(FrameworkContent content, IReadOnlySet<string> provisionTypes, Violations v)
    {
        if (content.Bands.Count == 0) v.Add("content.bands", "a framework needs at least one band");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var ordinals = new HashSet<int>();
        for (var i = 0; i < content.Bands.Count; i++)
        {
            var band = content.Bands[i];
            if (!codes.Add(band.Code)) v.Add($"content.bands[{i}].code", $"band code '{band.Code}' is used more than once");
            if (band.Ordinal < 1) v.Add($"content.bands[{i}].ordinal", "must be 1 or more");
            else if (!ordinals.Add(band.Ordinal)) v.Add($"content.bands[{i}].ordinal", $"ordinal {band.Ordinal} is used more than once");
        }

        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < content.Tariffs.Count; i++)
        {
            var tariff = content.Tariffs[i];
            var path = $"content.tariffs[{i}]";
            if (!codes.Contains(tariff.BandCode)) v.Add($"{path}.band_code", $"'{tariff.BandCode}' is not a band of this framework");
            if (!provisionTypes.Contains(tariff.ProvisionType)) v.Add($"{path}.provision_type", $"'{tariff.ProvisionType}' is not a national provision type");
            if (!pairs.Add((tariff.BandCode, tariff.ProvisionType))) v.Add(path, $"a tariff for {tariff.BandCode} in {tariff.ProvisionType} is given more than once");
            if (tariff.AnnualTopUp < 0) v.Add($"{path}.annual_top_up_pence", "must not be negative");
        }

        var funded = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.PlaceFunding.Count; i++)
        {
            var place = content.PlaceFunding[i];
            var path = $"content.place_funding[{i}]";
            if (!provisionTypes.Contains(place.ProvisionType)) v.Add($"{path}.provision_type", $"'{place.ProvisionType}' is not a national provision type");
            else if (!funded.Add(place.ProvisionType)) v.Add($"{path}.provision_type", $"place funding for {place.ProvisionType} is given more than once");
            if (place.PerPlace < 0) v.Add($"{path}.per_place_pence", "must not be negative");
        }

        if (content.MainstreamThreshold < 0) v.Add("content.mainstream_threshold_pence", "must not be negative");

        var areas = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.AreaCostAdjustments.Count; i++)
        {
            var aca = content.AreaCostAdjustments[i];
            if (!areas.Add(aca.LaCode)) v.Add($"content.area_cost_adjustments[{i}].la_code", $"LA {aca.LaCode} has more than one factor");
        }
    }
}
