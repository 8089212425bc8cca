using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi.Models;

namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Each service's OpenAPI 3 document of its REST routes at /openapi/v1.json, generated from the protos (their HTTP
/// rules, messages and comments) by Microsoft.AspNetCore.Grpc.Swagger over Swashbuckle. The gateway merges them into
/// the partners' one document. The document is public: it describes the contract, never data.
/// </summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IHostApplicationBuilder AddPlatformOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpcSwagger();
        // The few plain endpoints (NDJSON streams) are described from their own metadata.
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo { Title = builder.Environment.ApplicationName, Version = "v1" });
            // The contracts' XML documentation carries the protos' comments (Grpc.Tools writes them onto the C# types).
            var comments = Path.Combine(AppContext.BaseDirectory, "SendPlatform.Contracts.xml");
            if (File.Exists(comments))
            {
                options.IncludeXmlComments(comments);
                options.IncludeGrpcXmlComments(comments, includeControllerXmlComments: true);
            }
            // Proto names are unique across the platform; C# names are not (each area has its own "Framework"-like types).
            options.CustomSchemaIds(ProtoNames.SchemaId);
            options.DocInclusionPredicate((_, api) => api.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) == true);
            options.AddSecurityDefinition(PartnerSecurity.SchemeName, PartnerSecurity.Scheme);
            options.OperationFilter<RpcNames>();
            options.OperationFilter<PartnerSecurity>();
            options.OperationFilter<ErrorResponses>();
            options.OperationFilter<NdjsonBodies>();
            options.OperationFilter<ExampleRequests>();
        });
        return builder;
    }

    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        return app;
    }
}
