namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// An AP placement's end that arrived before its start (the two events travel on different queues, and a redelivered
/// start can fall behind its end). Kept until the start arrives, which then opens and closes the placement together,
/// so no placement is left open to raise a false overdue alert. Holds no pupil data: the start brings it.
/// </summary>
public sealed class EarlyPlacementEnd
{
    private EarlyPlacementEnd() { }

    public Guid PlacementId { get; private set; }
    public DateOnly EndDate { get; private set; }
    public string Outcome { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }

    public static EarlyPlacementEnd Of(Guid placementId, DateOnly endDate, string outcome, DateTimeOffset receivedAt) =>
        new() { PlacementId = placementId, EndDate = endDate, Outcome = outcome, ReceivedAt = receivedAt };
}
