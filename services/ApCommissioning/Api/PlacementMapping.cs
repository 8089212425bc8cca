using Google.Protobuf.WellKnownTypes;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

public static class PlacementMapping
{
    public static Proto.Placement ToProto(this ApPlacement p) => new()
    {
        Id = p.Id.ToString(),
        CommissionId = p.CommissionId.ToString(),
        ProviderId = p.ProviderId.ToString(),
        LaCode = p.LaCode,
        Tier = (Proto.ApTier)(int)p.Tier,
        PlaceNumber = p.PlaceNumber,
        Pupil = new Proto.PlacedPupil
        {
            Upn = p.Pupil.Upn, DateOfBirth = WireFormats.Date(p.Pupil.DateOfBirth), SenProvision = p.Pupil.SenProvision,
            PrimaryNeed = p.Pupil.PrimaryNeed ?? "", LookedAfter = p.Pupil.LookedAfter,
        },
        FullTime = p.FullTime,
        StartDate = WireFormats.Date(p.Start),
        PlannedEndDate = p.PlannedEnd is { } planned ? WireFormats.Date(planned) : "",
        HomeSchoolUrn = p.HomeSchoolUrn ?? "",
        IntendedDestinationUrn = p.DestinationUrn ?? "",
        IntendedPost16Destination = p.Post16Destination ?? "",
        EndDate = p.EndDate is { } end ? WireFormats.Date(end) : "",
        Outcome = (Proto.PlacementOutcome)(int)(p.Outcome ?? 0),
        OutcomeDestinationUrn = p.OutcomeDestinationUrn ?? "",
        OutcomeReason = p.OutcomeReason ?? "",
        PlacedAt = Timestamp.FromDateTimeOffset(p.PlacedAt),
        PlacedBy = p.PlacedBy,
        ReviewFlaggedAt = p.ReviewFlaggedAt is { } flagged ? Timestamp.FromDateTimeOffset(flagged) : null,
        ReviewReason = p.ReviewReason ?? "",
    };
}
