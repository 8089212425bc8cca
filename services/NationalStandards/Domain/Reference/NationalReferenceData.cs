namespace SendPlatform.NationalStandards.Domain.Reference;

/// <summary>
/// The facts of the SEND Code of Practice, school census and SEN2 that the service seeds by migration (need codes
/// from the shared list every service checks against).
/// A change here is a new migration, so every environment holds the same codes.
/// </summary>
public static class NationalReferenceData
{
    public static readonly NeedArea[] Areas =
    [
        new("CI", "Communication and interaction"),
        new("CL", "Cognition and learning"),
        new("SEMH", "Social, emotional and mental health"),
        new("SP", "Sensory and/or physical"),
    ];

    public static readonly NeedType[] NeedTypes =
        PrimaryNeeds.All.Select(n => new NeedType(n.Code, n.Name, n.AreaCode, n.ValidWithSenProvisions)).ToArray();

    public static readonly SenProvision[] SenProvisions =
    [
        new(SenProvision.EhcPlan, "Education, health and care plan"),
        new(SenProvision.SenSupport, "SEN support"),
        new(SenProvision.NoSen, "No special educational need"),
    ];

    public static readonly ProvisionType[] ProvisionTypes =
    [
        new("MAINSTREAM", "Mainstream school", "A maintained school or academy, mainstream"),
        new("RESOURCED_PROVISION", "SEN unit or resourced provision", "An SEN unit or resourced provision in a mainstream school"),
        new("STATE_SPECIAL", "State special school", "A maintained special school or special academy"),
        new("NON_MAINTAINED_SPECIAL", "Non-maintained special school", "A non-maintained special school"),
        new("INDEPENDENT_SPECIAL", "Independent special school", "An independent special school"),
        new("AP", "Alternative provision", "A pupil referral unit, AP academy or AP free school"),
        new("UNREGISTERED_AP", "Unregistered alternative provision", "Alternative provision not registered as a school"),
        new("HOSPITAL_EDUCATION", "Hospital education", "Education provided in hospital"),
        new("FE_COLLEGE", "Further education college", "A general further education or sixth form college"),
        new("SPECIALIST_POST16", "Specialist post-16 institution", "A specialist post-16 institution"),
        new("EOTAS", "Education otherwise than at school", "Education arranged by the LA otherwise than at school"),
        new("EHE", "Elective home education", "Education at home chosen by the parents"),
        new("EARLY_YEARS", "Early years setting", "A nursery or other early years provider"),
    ];
}
