using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>Describes the request body of an endpoint marked with <see cref="NdjsonBody"/>.</summary>
public sealed class NdjsonBodies : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<NdjsonBody>().FirstOrDefault() is not { } body) return;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = body.Description,
            Content = { [NdjsonBody.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = "string" } } },
        };
    }
}
