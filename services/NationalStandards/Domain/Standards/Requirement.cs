namespace SendPlatform.NationalStandards.Domain.Standards;

/// <summary>A measurable requirement, e.g. ehcp_issued_within_20_weeks AtLeast 60 percent.</summary>
public sealed record Requirement(string MetricKey, Comparator Comparator, decimal Threshold, string Unit)
{
    public bool IsMetBy(decimal value) => Comparator switch
    {
        Comparator.AtLeast => value >= Threshold,
        Comparator.AtMost => value <= Threshold,
        _ => value == Threshold,
    };
}
