namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// One AP placement's standing against the five outcomes for one school year, as its latest ApOutcomesAssessed said
/// (null: the outcome does not apply to it). Keyed by the placement's id, which identifies no pupil outside ap-commissioning.
/// </summary>
public sealed class ApOutcomeRecord
{
    public Guid PlacementId { get; set; }
    public string SchoolYear { get; set; } = "";
    public string LaCode { get; set; } = "";
    public string Tier { get; set; } = "";
    public string? ProviderUrn { get; set; }
    public DateTimeOffset AsOf { get; set; }
    public bool? EffectiveOutreach { get; set; }
    public bool ImprovedAttendance { get; set; }
    public bool? Reintegration { get; set; }
    public bool AttainmentEnglishAndMaths { get; set; }
    public bool? Post16Transitions { get; set; }
}
