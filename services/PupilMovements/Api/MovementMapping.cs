using Google.Protobuf.WellKnownTypes;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.PupilMovements.Api;

public static class MovementMapping
{
    public static Proto.Movement ToProto(this PupilMovement m) => new()
    {
        Id = m.Id.ToString(),
        Type = (Proto.MovementType)(int)m.Type,
        EffectiveDate = WireFormats.Date(m.EffectiveDate),
        FromUrn = m.FromUrn ?? "",
        ToUrn = m.ToUrn ?? "",
        Destination = m.Destination ?? "",
        DeletionGround = m.DeletionGround ?? "",
        SuspensionDays = m.SuspensionDays ?? 0,
        Pupil = new Proto.PupilFacts { DateOfBirth = WireFormats.Date(m.Pupil.DateOfBirth), SenProvision = m.Pupil.SenProvision, PrimaryNeed = m.Pupil.PrimaryNeed ?? "" },
        ResponsibleLaCode = m.ResponsibleLaCode,
        NotifiedAt = Timestamp.FromDateTimeOffset(m.NotifiedAt),
        RecordedAt = Timestamp.FromDateTimeOffset(m.RecordedAt),
        NotifiedBy = m.NotifiedBy,
    };

    public static Proto.MovementRecorded ToProto(this MovementOutcome o) => new()
    {
        MovementId = o.MovementId.ToString(),
        RepeatedRequest = o.Repeated,
        Status = (Proto.PupilStatus)(int)(o.State?.Status ?? 0),
        StatusUrn = o.State?.Urn ?? "",
        Findings = { o.Findings.Select(f => f.ToProto()) },
    };

    public static Proto.PupilTimeline ToProto(this TimelineView t) => new()
    {
        Upn = t.Upn,
        ResponsibleLaCode = t.ResponsibleLaCode ?? "",
        Status = (Proto.PupilStatus)(int)(t.State?.Status ?? 0),
        StatusUrn = t.State?.Urn ?? "",
        Destination = t.State?.Destination ?? "",
        Movements = { t.Movements.Select(m => m.ToProto()) },
        Findings = { t.Findings.Select(f => f.ToProto()) },
        LimitedToUrn = t.LimitedTo ?? "",
    };

    /// <summary>A bulk return's answer for an item that was refused: its code, message and any bad fields.</summary>
    public static Proto.BatchItemError Refusal(Exception refusal)
    {
        var status = ErrorStatus.For(refusal)!;
        var error = new Proto.BatchItemError { Code = ((Grpc.Core.StatusCode)status.Code).ToString(), Message = status.Message };
        if (refusal is RequestValidationException invalid)
            error.FieldViolations.AddRange(invalid.Violations.Select(f => new Proto.BatchFieldViolation { Field = f.Field, Description = f.Description }));
        return error;
    }

    public static Proto.DataQualityFinding ToProto(this DataQualityFinding f) => new() { MovementId = f.MovementId.ToString(), Description = f.Description };
}
