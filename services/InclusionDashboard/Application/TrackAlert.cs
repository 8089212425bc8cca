using SendPlatform.InclusionDashboard.Data;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps each oversight alert's type and dates as its events arrive, in any order; nothing about the pupil.</summary>
public sealed class TrackAlert(AlertRecords alerts)
{
    public Task RaisedAsync(Guid alertId, string laCode, string type, DateTimeOffset raisedAt, DateOnly dueBy, CancellationToken cancellationToken) =>
        alerts.RaisedAsync(alertId, Checked(laCode), type, raisedAt, dueBy, cancellationToken);

    public Task AcknowledgedAsync(Guid alertId, string laCode, string type, DateTimeOffset at, CancellationToken cancellationToken) =>
        alerts.AcknowledgedAsync(alertId, Checked(laCode), type, at, cancellationToken);

    public Task ResolvedAsync(Guid alertId, string laCode, string type, DateTimeOffset at, CancellationToken cancellationToken) =>
        alerts.ResolvedAsync(alertId, Checked(laCode), type, at, cancellationToken);

    private static string Checked(string laCode) =>
        LocalAuthorities.IsCurrent(laCode) ? laCode : throw new InvalidOperationException($"An alert names LA {laCode}, which is not a current LA.");
}
