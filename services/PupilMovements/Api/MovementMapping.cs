using Google.Protobuf.WellKnownTypes;
using SendPlatform.PupilMovements.Domain;
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

    public static Proto.DataQualityFinding ToProto(this DataQualityFinding f) => new() { MovementId = f.MovementId.ToString(), Description = f.Description };
}
