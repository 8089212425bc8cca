using Google.Protobuf;
using Grpc.Core;

namespace SendPlatform.Gateway.Tests.Access;

/// <summary>
/// One RPC in the access matrix: the request each caller sends (well-formed, naming the fixture's records, so that
/// only authority can stop it), who is allowed, and how a refusal looks: PERMISSION_DENIED, or NOT_FOUND where the
/// record's existence is itself protected (a pupil's timeline). Judge reads an answer whose refusal is per item
/// (a batch of movements, a settings load) as the status of that item.
/// </summary>
public sealed record AccessRow(string Method, Func<PlatformBehindGateway, Caller, IMessage[]> Request, Caller[] Allowed)
{
    public StatusCode DeniedAs { get; init; } = StatusCode.PermissionDenied;

    public Func<IReadOnlyList<IMessage>, StatusCode>? Judge { get; init; }

    public StatusCode Expected(Caller caller) => Allowed.Contains(caller) ? StatusCode.OK
        : caller == Caller.NoToken ? StatusCode.Unauthenticated
        : caller == Caller.PlatformService ? StatusCode.PermissionDenied
        : DeniedAs;

    public override string ToString() => Method;
}
