using Grpc.Reflection;
using SendPlatform.Gateway.Security;
using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.Gateway.Docs;

/// <summary>
/// gRPC server reflection on the gateway's own port, so grpcurl, Postman and the like list the platform's services
/// and their messages. The gateway answers it from the contracts it was built with (the services behind it each
/// answer only for their own), and only for a partner with a valid token: it describes the contract, but the
/// gateway admits no one anonymously to its gRPC port.
/// </summary>
public static class GrpcDiscovery
{
    public static IServiceCollection AddGrpcDiscovery(this IServiceCollection services)
    {
        services.AddGrpc();
        services.AddGrpcReflection();
        // Registered last, so these are resolved: AddGrpcReflection's own describe only the services this process hosts
        // (none). v1 is what current clients ask first; v1alpha, what older ones know.
        services.AddSingleton(new ReflectionV1ServiceImpl(ContractDescriptors.Services));
        services.AddSingleton(new ReflectionServiceImpl(ContractDescriptors.Services));
        return services;
    }

    public static void MapGrpcDiscovery(this WebApplication app) =>
        app.MapGrpcReflectionService().RequireAuthorization(PartnerPolicy.Name).RequireRateLimiting(RateLimits.PolicyName);
}
