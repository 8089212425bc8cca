using Grpc.AspNetCore.Server;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using SendPlatform.Contracts.Common.V1;
using SendPlatform.ServiceDefaults.Identity;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Every operation needs a bearer token; the scope it needs is the RPC's declared access (the one CallerPolicy
/// enforces), so the document cannot say one thing while the service does another.
/// </summary>
public sealed class PartnerSecurity : IOperationFilter
{
    public const string SchemeName = "bearer";

    public static readonly OpenApiSecurityScheme Scheme = new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = "A token naming the calling organisation (org_type, org_id, la_code) and its scopes. Production: the "
            + "client-credentials grant of the platform's identity provider. Development: POST /dev/token on the gateway.",
    };

    private static readonly OpenApiSecurityRequirement Requirement = new()
    {
        [new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = SchemeName } }] = [],
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Security = [Requirement];
        if (ScopeOf(context.ApiDescription.ActionDescriptor.EndpointMetadata) is not { } scope) return;
        operation.Extensions["x-required-scope"] = new OpenApiString(scope);
        operation.Description = $"{operation.Description}\n\nRequires the scope `{scope}`.".TrimStart();
    }

    /// <summary>A gRPC method's declared scope, or that of a plain endpoint which carries its RPC's Access as metadata.</summary>
    public static string? ScopeOf(IEnumerable<object> metadata)
    {
        foreach (var item in metadata)
        {
            if (item is GrpcMethodMetadata grpc && CallerPolicy.Methods.TryGetValue(grpc.Method.FullName, out var access)) return access.Scope;
            if (item is Access plain) return plain.Scope;
        }
        return null;
    }
}
