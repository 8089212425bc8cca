using Google.Protobuf.WellKnownTypes;
using SendPlatform.NationalStandards.Domain.Standards;
using Proto = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.NationalStandards.Api;

/// <summary>Domain → wire. Enum values share their numbers with the proto enums.</summary>
public static class StandardsSetMapping
{
    public static Proto.StandardsSet ToProto(this StandardsSet set)
    {
        var proto = new Proto.StandardsSet
        {
            Version = set.Version,
            Status = (Proto.StandardsSetStatus)(int)set.Status,
            Content = set.Content.ToProto(),
            CreatedAt = Timestamp.FromDateTimeOffset(set.CreatedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(set.UpdatedAt),
            PublishedBy = set.PublishedBy ?? "",
        };
        if (set.PublishedAt is { } published) proto.PublishedAt = Timestamp.FromDateTimeOffset(published);
        if (set.SupersededAt is { } superseded) proto.SupersededAt = Timestamp.FromDateTimeOffset(superseded);
        return proto;
    }

    public static Proto.StandardsSetSummary ToSummary(this StandardsSet set)
    {
        var summary = new Proto.StandardsSetSummary
        {
            Version = set.Version,
            Title = set.Content.Title,
            Status = (Proto.StandardsSetStatus)(int)set.Status,
            StandardCount = set.Content.Standards.Count,
        };
        if (set.PublishedAt is { } published) summary.PublishedAt = Timestamp.FromDateTimeOffset(published);
        return summary;
    }

    public static Proto.StandardsSetContent ToProto(this StandardsSetContent content) => new()
    {
        Title = content.Title,
        Standards =
        {
            content.Standards.Select(s => new Proto.Standard
            {
                Code = s.Code,
                Title = s.Title,
                Theme = (Proto.Theme)(int)s.Theme,
                NeedCodes = { s.NeedCodes },
                ProvisionTypes = { s.ProvisionTypes },
                Requirements =
                {
                    s.Requirements.Select(r => new Proto.Requirement
                    {
                        MetricKey = r.MetricKey,
                        Comparator = (Proto.Comparator)(int)r.Comparator,
                        Threshold = (double)r.Threshold,
                        Unit = r.Unit,
                    }),
                },
            }),
        },
        OrdinarilyAvailable = { content.OrdinarilyAvailable.Select(o => new Proto.OrdinarilyAvailableProvision { NeedCode = o.NeedCode, Descriptors = { o.Descriptors } }) },
        ProvisionMatches = { content.ProvisionMatches.Select(m => new Proto.ProvisionNeedMatch { ProvisionType = m.ProvisionType, NeedCodes = { m.NeedCodes } }) },
    };
}
