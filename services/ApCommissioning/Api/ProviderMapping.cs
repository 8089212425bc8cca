using Google.Protobuf.WellKnownTypes;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

public static class ProviderMapping
{
    public static Proto.ApProvider ToProto(this ApProvider p) => new()
    {
        Id = p.Id.ToString(),
        Urn = p.Urn ?? "",
        ProviderReference = p.ProviderReference ?? "",
        Name = p.Name,
        Kind = (Proto.ProviderKind)(int)p.Kind,
        LaCode = p.LaCode,
        Tiers = { p.Tiers.Select(t => (Proto.ApTier)(int)t) },
        Capacity = p.Capacity,
        LastQualityAssuranceDate = p.LastQualityAssurance is { } date ? WireFormats.Date(date) : "",
        QualityRating = (Proto.QualityRating)(int)(p.Rating ?? 0),
        RegisteredAt = Timestamp.FromDateTimeOffset(p.RegisteredAt),
        RegisteredBy = p.RegisteredBy,
    };
}
