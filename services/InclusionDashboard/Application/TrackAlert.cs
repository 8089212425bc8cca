using SendPlatform.InclusionDashboard.Data;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps each oversight alert's type and dates as its events arrive, in any order; nothing about the pupil.</summary>
public sealed class TrackAlert(AlertRecords alerts)
{
    public Task RaisedAsync(Guid alertId, string laCode, string type, DateTimeOffset raisedAt, DateOnly dueBy, CancellationToken cancellationToken) =>
        alerts.RaisedAsync(alertId, EventFacts.CurrentLa(laCode, "An alert"), type, raisedAt, dueBy, cancellationToken);

    public Task AcknowledgedAsync(Guid alertId, string laCode, string type, DateTimeOffset at, CancellationToken cancellationToken) =>
        alerts.AcknowledgedAsync(alertId, EventFacts.CurrentLa(laCode, "An alert"), type, at, cancellationToken);

    public Task ResolvedAsync(Guid alertId, string laCode, string type, DateTimeOffset at, CancellationToken cancellationToken) =>
        alerts.ResolvedAsync(alertId, EventFacts.CurrentLa(laCode, "An alert"), type, at, cancellationToken);

}
