namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>
/// The primary need codes (SEND Code of Practice, school census, SEN2): facts every service checks at its edge, as
/// it does LA codes. national-standards seeds its reference tables from this list.
/// </summary>
public static class PrimaryNeeds
{
    private static readonly string[] WithPlanOrSupport = ["E", "K"];

    public static readonly IReadOnlyList<PrimaryNeed> All =
    [
        new("ASD", "Autistic spectrum disorder", "CI", WithPlanOrSupport),
        new("SLCN", "Speech, language and communication needs", "CI", WithPlanOrSupport),
        new("MLD", "Moderate learning difficulty", "CL", WithPlanOrSupport),
        new("SLD", "Severe learning difficulty", "CL", WithPlanOrSupport),
        new("PMLD", "Profound and multiple learning difficulty", "CL", WithPlanOrSupport),
        new("SPLD", "Specific learning difficulty", "CL", WithPlanOrSupport),
        new("SEMH", "Social, emotional and mental health", "SEMH", WithPlanOrSupport),
        new("HI", "Hearing impairment", "SP", WithPlanOrSupport),
        new("VI", "Visual impairment", "SP", WithPlanOrSupport),
        new("MSI", "Multi-sensory impairment", "SP", WithPlanOrSupport),
        new("PD", "Physical disability", "SP", WithPlanOrSupport),
        new("OTH", "Other difficulty or disability", null, WithPlanOrSupport),
        new("NSA", "SEN support but no specialist assessment of type of need", null, ["K"]),
    ];

    private static readonly Dictionary<string, PrimaryNeed> ByCode = All.ToDictionary(n => n.Code, StringComparer.Ordinal);

    public static PrimaryNeed? Find(string code) => ByCode.GetValueOrDefault(code);
}
