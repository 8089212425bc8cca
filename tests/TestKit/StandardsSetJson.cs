namespace SendPlatform.TestKit;

/// <summary>
/// The create request for a national standards set that national-standards will publish: the given standards (each
/// with one requirement), ordinarily available provision for every need a mainstream setting meets, and provision
/// matches for mainstream, state special and AP. Wire JSON, as DfE would send it.
/// </summary>
public static class StandardsSetJson
{
    private static readonly string[] NeedsMainstreamMeets = ["ASD", "SLCN", "MLD", "SLD", "PMLD", "SPLD", "SEMH", "HI", "VI", "MSI", "PD", "OTH"];

    public static string Publishable(string version, params string[] codes)
    {
        var standards = codes.Select(code => $$"""
            {"code":"{{code}}","title":"Standard {{code}}","theme":"THEME_TIMELINESS",
             "requirements":[{"metricKey":"ehcp_issued_within_20_weeks","comparator":"COMPARATOR_AT_LEAST","threshold":60,"unit":"percent"}]}
            """);
        var ordinarilyAvailable = NeedsMainstreamMeets.Select(need => $$"""{"needCode":"{{need}}","descriptors":["Adjustments in every classroom"]}""");
        const string matches = """
            [{"provisionType":"MAINSTREAM","needCodes":["ASD","SEMH"]},{"provisionType":"STATE_SPECIAL","needCodes":["ASD"]},{"provisionType":"AP","needCodes":["SEMH"]}]
            """;
        return "{\"version\":\"" + version + "\",\"content\":{\"title\":\"National SEND standards " + version + "\","
            + "\"standards\":[" + string.Join(",", standards) + "],"
            + "\"ordinarilyAvailable\":[" + string.Join(",", ordinarilyAvailable) + "],"
            + "\"provisionMatches\":" + matches + "}}";
    }
}
