namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>A measure a time series can follow: a movement kind, or AP placements started or ended (all tiers).</summary>
public sealed record SeriesMeasure(string Id, string Label, string Definition, string SourceEvent, string? MovementType, bool? PlacementsStarted)
{
    public static readonly IReadOnlyList<SeriesMeasure> All =
    [
        .. MovementKinds.All.Select(k => new SeriesMeasure(k.Id, k.Label, k.Definition, MovementTables.SourceEvent, k.EventType, null)),
        new("ap_placements_started", "AP placements started", "Placements in commissioned AP places starting in the month, all tiers.", "ApPlacementStarted", null, true),
        new("ap_placements_ended", "AP placements ended", "Placements in commissioned AP places ending in the month, all tiers.", "ApPlacementEnded", null, false),
    ];

    public static SeriesMeasure? Find(string id) => All.SingleOrDefault(m => m.Id == id);
}
