namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>How many tailored lists had a first suggestion of the provision type ("NONE": the list was empty).</summary>
public sealed record TailoredListTally(string FirstProvisionType, long Count)
{
    public const string NoSuggestion = "NONE";
}
