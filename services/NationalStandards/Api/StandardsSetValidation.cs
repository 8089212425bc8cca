using System.Text.RegularExpressions;
using SendPlatform.NationalStandards.Domain.Standards;
using Proto = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.NationalStandards.Api;

/// <summary>
/// The form of a draft, checked at the edge: every field well-formed, or INVALID_ARGUMENT naming each bad field.
/// Whether the set is complete enough to publish is the domain's question, asked at publish.
/// </summary>
public static partial class StandardsSetValidation
{
    private const int MaxStandards = 500;
    private const int MaxText = 2000;
    private const double MaxThreshold = 1_000_000_000;

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,19}$")]
    private static partial Regex StandardCode();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex MetricKey();

    public static StandardsVersion Version(string version, Violations violations)
    {
        if (StandardsVersion.TryParse(version, out var parsed)) return parsed.Value;
        violations.Add("version", "must be YYYY.N, e.g. 2026.1");
        return default;
    }

    public static StandardsSetContent Content(Proto.StandardsSetContent? content, Violations v)
    {
        if (content is null)
        {
            v.Add("content", "is required");
            return new StandardsSetContent("", [], [], []);
        }
        Text(content.Title, "content.title", 200, v);
        if (content.Standards.Count > MaxStandards) v.Add("content.standards", $"at most {MaxStandards} standards");

        var standards = content.Standards.Select((s, i) => Standard(s, $"content.standards[{i}]", v)).ToList();
        var oap = content.OrdinarilyAvailable.Select((o, i) =>
        {
            var path = $"content.ordinarily_available[{i}]";
            Code(o.NeedCode, $"{path}.need_code", v);
            if (o.Descriptors.Count == 0) v.Add($"{path}.descriptors", "at least one descriptor is required");
            for (var j = 0; j < o.Descriptors.Count; j++) Text(o.Descriptors[j], $"{path}.descriptors[{j}]", MaxText, v);
            return new OrdinarilyAvailableProvision(o.NeedCode.Trim(), o.Descriptors.Select(d => d.Trim()).ToList());
        }).ToList();
        var matches = content.ProvisionMatches.Select((m, i) =>
        {
            var path = $"content.provision_matches[{i}]";
            Code(m.ProvisionType, $"{path}.provision_type", v);
            if (m.NeedCodes.Count == 0) v.Add($"{path}.need_codes", "at least one need code is required");
            return new ProvisionNeedMatch(m.ProvisionType.Trim(), Codes(m.NeedCodes));
        }).ToList();
        return new StandardsSetContent(content.Title.Trim(), standards, oap, matches);
    }

    private static Standard Standard(Proto.Standard s, string path, Violations v)
    {
        if (!StandardCode().IsMatch(s.Code)) v.Add($"{path}.code", "must be 1-20 upper-case letters, digits or hyphens, e.g. IDN-01");
        Text(s.Title, $"{path}.title", 300, v);
        if (!Enum.IsDefined((Theme)(int)s.Theme)) v.Add($"{path}.theme", "must be one of the seven themes");
        var requirements = s.Requirements.Select((r, j) =>
        {
            var rPath = $"{path}.requirements[{j}]";
            if (!MetricKey().IsMatch(r.MetricKey)) v.Add($"{rPath}.metric_key", "must be snake_case, e.g. ehcp_issued_within_20_weeks");
            if (!Enum.IsDefined((Comparator)(int)r.Comparator)) v.Add($"{rPath}.comparator", "must be AT_LEAST, AT_MOST or EQUAL");
            // A measure's threshold (a percentage, a count, weeks) is never near decimal's range, which a double can overflow.
            var usable = double.IsFinite(r.Threshold) && Math.Abs(r.Threshold) <= MaxThreshold;
            if (!usable) v.Add($"{rPath}.threshold", $"must be a finite number from -{MaxThreshold:0} to {MaxThreshold:0}");
            Text(r.Unit, $"{rPath}.unit", 40, v);
            return new Requirement(r.MetricKey, (Comparator)(int)r.Comparator, usable ? (decimal)r.Threshold : 0m, r.Unit.Trim());
        }).ToList();
        return new Standard(s.Code, s.Title.Trim(), (Theme)(int)s.Theme, Codes(s.NeedCodes), Codes(s.ProvisionTypes), requirements);
    }

    private static List<string> Codes(IEnumerable<string> codes) => codes.Select(c => c.Trim()).ToList();

    private static void Code(string code, string field, Violations v)
    {
        if (string.IsNullOrWhiteSpace(code)) v.Add(field, "is required");
    }

    private static void Text(string text, string field, int max, Violations v)
    {
        if (string.IsNullOrWhiteSpace(text)) v.Add(field, "is required");
        else if (text.Length > max) v.Add(field, $"must be at most {max} characters");
    }
}
