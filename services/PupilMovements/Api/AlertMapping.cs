using Google.Protobuf.WellKnownTypes;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.PupilMovements.Api;

public static class AlertMapping
{
    public static Proto.OversightAlert ToProto(this OversightAlert a) => new()
    {
        Id = a.Id.ToString(),
        Type = (Proto.AlertType)(int)a.Type,
        Severity = (Proto.AlertSeverity)(int)a.Severity,
        LaCode = a.LaCode,
        Upn = a.Upn ?? "",
        Urn = a.Urn ?? "",
        Phase = a.Phase?.ToString().ToUpperInvariant() ?? "",
        Reason = a.Reason,
        RaisedAt = Timestamp.FromDateTimeOffset(a.RaisedAt),
        DueBy = WireFormats.Date(a.DueBy),
        Status = (Proto.AlertStatus)(int)a.Status,
        AcknowledgedBy = a.AcknowledgedBy ?? "",
        AcknowledgedAt = a.AcknowledgedAt is { } ack ? Timestamp.FromDateTimeOffset(ack) : null,
        AcknowledgementNote = a.AcknowledgementNote ?? "",
        ResolvedBy = a.ResolvedBy ?? "",
        ResolvedAt = a.ResolvedAt is { } resolved ? Timestamp.FromDateTimeOffset(resolved) : null,
        Resolution = a.Resolution ?? "",
    };
}
