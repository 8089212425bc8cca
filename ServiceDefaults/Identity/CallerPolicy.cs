using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.Contracts.Common.V1;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>
/// Every RPC's declared access (send.common.v1.access), read once from the contracts' descriptors and keyed by the
/// gRPC method path ("/send.movements.v1.PupilMovements/RecordMovement"). An RPC of the contracts without a
/// declaration is a start-up error, so no call is ever open by omission.
/// </summary>
public static class CallerPolicy
{
    public static IReadOnlyDictionary<string, Access> Methods { get; } = Load();

    /// <summary>Refuses a caller whose token lacks the RPC's scope, or a platform service where the RPC does not admit one.</summary>
    public static void Require(CallerOrganisation caller, Access access)
    {
        if (caller.Type == OrganisationType.Service && !access.PlatformServices)
            throw new PermissionDeniedException("Platform services may not call this on their own behalf.");
        if (!caller.Scopes.Contains(access.Scope))
            throw new PermissionDeniedException($"The token lacks the scope this call needs ({access.Scope}).");
    }

    private static Dictionary<string, Access> Load()
    {
        var methods = new Dictionary<string, Access>(StringComparer.Ordinal);
        foreach (var method in ContractDescriptors.Services.SelectMany(s => s.Methods))
        {
            var access = method.GetOptions()?.GetExtension(AccessExtensions.Access);
            if (access is null || string.IsNullOrEmpty(access.Scope))
                throw new InvalidOperationException($"{method.FullName} declares no (send.common.v1.access) scope.");
            methods[$"/{method.Service.FullName}/{method.Name}"] = access;
        }
        return methods;
    }
}
