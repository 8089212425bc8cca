using Grpc.AspNetCore.Server;
using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// An operation is named by its RPC (RequestAssessment), as gRPC callers know it, with the proto's comment as its
/// description: the comment is often a paragraph, too long for a name in the reference's sidebar.
/// </summary>
public sealed class RpcNames : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var method = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<GrpcMethodMetadata>().FirstOrDefault()?.Method;
        if (method is null) return;
        operation.OperationId = $"{method.ServiceName}.{method.Name}";
        if (!string.IsNullOrWhiteSpace(operation.Summary))
            operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? operation.Summary : $"{operation.Summary}\n\n{operation.Description}";
        operation.Summary = method.Name;
    }
}
