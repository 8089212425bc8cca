namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>How many of an area's AP placements in a tier started (Stage "Started") or ended with an outcome in a period.</summary>
public sealed record ApPlacementTally(string Tier, string Stage, long Count)
{
    public const string Started = "Started";
}
