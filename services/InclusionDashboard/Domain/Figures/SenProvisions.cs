namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>The SEN provision codes of the school census, as the dashboard splits every movement by them.</summary>
public static class SenProvisions
{
    public static readonly IReadOnlyList<(string Code, string Label)> All = [("E", "EHC plan"), ("K", "SEN support"), ("N", "No SEN")];

    public static bool IsKnown(string code) => All.Any(p => p.Code == code);
}
