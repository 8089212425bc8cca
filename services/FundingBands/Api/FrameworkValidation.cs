using System.Text.RegularExpressions;
using SendPlatform.FundingBands.Domain;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Funding.V1;

namespace SendPlatform.FundingBands.Api;

/// <summary>Wire → domain for a framework draft, every field checked; then the domain's coherence rules.</summary>
public static partial class FrameworkValidation
{
    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,9}$")]
    private static partial Regex BandCode();

    public static FinancialYear? Year(string text, string field, Violations v)
    {
        if (FinancialYear.TryParse(text, out var year)) return year.Value;
        v.Add(field, "must be a financial year as YYYY-YY, e.g. 2026-27");
        return null;
    }

    /// <summary>Defaults to the start of the year; must fall within it.</summary>
    public static DateOnly? EffectiveFrom(string text, FinancialYear? year, Violations v)
    {
        var date = WireFormats.Date(text, "effective_from", v, required: false);
        if (year is not { } y) return null;
        if (date is null) return y.Start;
        if (!y.Contains(date.Value)) v.Add("effective_from", $"must fall within {y} ({WireFormats.Date(y.Start)} to {WireFormats.Date(y.End)})");
        return date.Value;
    }

    public static FrameworkContent Content(Proto.FrameworkContent? content, IReadOnlySet<string> provisionTypes, Violations v)
    {
        if (content is null)
        {
            v.Add("content", "is required");
            return new FrameworkContent([], [], [], 0, []);
        }
        var bands = content.Bands.Select((b, i) =>
        {
            var path = $"content.bands[{i}]";
            if (!BandCode().IsMatch(b.Code)) v.Add($"{path}.code", "must be 1-10 upper-case letters, digits or hyphens, e.g. B3");
            if (string.IsNullOrWhiteSpace(b.Name)) v.Add($"{path}.name", "is required");
            if (b.NeedDescriptor.Length > 2000) v.Add($"{path}.need_descriptor", "must be at most 2000 characters");
            return new Band(b.Code, b.Name.Trim(), b.Ordinal, b.NeedDescriptor.Trim());
        }).ToList();
        var tariffs = content.Tariffs.Select(t => new Tariff(t.BandCode, t.ProvisionType, Pence.ToPounds(t.AnnualTopUpPence))).ToList();
        var places = content.PlaceFunding.Count == 0
            ? FrameworkContent.DefaultPlaceFunding
            : content.PlaceFunding.Select(p => new PlaceFunding(p.ProvisionType, Pence.ToPounds(p.PerPlacePence))).ToList();
        var threshold = content.MainstreamThresholdPence == 0 ? FrameworkContent.DefaultMainstreamThreshold : Pence.ToPounds(content.MainstreamThresholdPence);
        var acas = content.AreaCostAdjustments.Select((a, i) =>
        {
            var path = $"content.area_cost_adjustments[{i}]";
            if (!LaCode.TryParse(a.LaCode, out _, out var reason)) v.Add($"{path}.la_code", reason);
            var factor = WireFormats.Decimal(a.Factor, $"{path}.factor", v, maxPlaces: 4, exclusiveMin: 0.5m, inclusiveMax: 2.0m);
            return new AreaCostAdjustment(a.LaCode.Trim(), factor ?? 1m);
        }).ToList();
        var result = new FrameworkContent(bands, tariffs, places, threshold, acas);
        FrameworkContentRules.Check(result, provisionTypes, v);
        return result;
    }
}
