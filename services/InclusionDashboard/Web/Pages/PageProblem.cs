namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>A problem with what was asked, as the error summary shows it: linked to its field, in words a reader can act on.</summary>
public sealed record PageProblem(string Field, string Message)
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["period"] = "The period",
        ["la_code"] = "The local authority code",
        ["region"] = "The region",
        ["measure"] = "The measure",
        ["from"] = "The first month",
        ["to"] = "The last month",
    };

    /// <summary>A request check's violation ("must be ..."), prefixed with what it is about.</summary>
    public static PageProblem Of(FieldViolation violation) =>
        new(violation.Field, Labels.TryGetValue(violation.Field, out var label) ? $"{label} {violation.Description}" : violation.Description);
}
