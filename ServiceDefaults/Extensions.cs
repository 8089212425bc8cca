using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.OpenApi;

namespace SendPlatform.ServiceDefaults;

/// <summary>What every part of the platform shares: telemetry, health, discovery, resilience; and for gRPC services, the API plumbing.</summary>
public static class Extensions
{
    /// <summary>Everything a gRPC service needs: the common defaults plus gRPC, JSON transcoding, reflection, health protocol, caller identity and OpenAPI.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddCommonDefaults();
        builder.Services.AddGrpc(options =>
            {
                options.Interceptors.Add<ErrorMappingInterceptor>();
                options.Interceptors.Add<CallerPolicyInterceptor>();
            })
            // REST callers get the same error details as gRPC callers, so transcoding must know their types.
            .AddJsonTranscoding(options =>
            {
                options.TypeRegistry = ErrorStatus.DetailTypes;
                // Canonical proto3 JSON: 64-bit integers (money in pence) as strings, exact in every JSON client.
                options.JsonSettings.WriteInt64sAsStrings = true;
            });
        // Before AddReadableRequests: Grpc.Swagger calls AddGrpc again, which would restore the binder it replaces.
        builder.AddPlatformOpenApi();
        builder.Services.AddReadableRequests();
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        builder.AddPlatformAuthentication();
        return builder;
    }

    /// <summary>Telemetry, health checks, service discovery and resilient outgoing HTTP: shared with the gateway.</summary>
    public static IHostApplicationBuilder AddCommonDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigureOpenTelemetry();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    private static void ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            // ASP.NET Core's request scope carries the path (RequestPath=/v1/pupils/{a UPN}/timeline); a record carries
            // its trace and span ids without scopes, so none are exported.
            logging.IncludeScopes = false;
        });
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", MessagingTelemetry.MeterName))
            .WithTracing(tracing => tracing
                // Grpc.Net.Client: the outgoing call's own span, so the HTTP span under it has a parent the trace shows.
                .AddSource(builder.Environment.ApplicationName, "MassTransit", "Grpc.Net.Client")
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !IsHealthPath(context.Request.Path);
                    o.EnrichWithHttpResponse = RedactPath;
                })
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = RedactUrl));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
    }

    // Paths carry identifiers of children (e.g. /v1/pupils/{upn}), so a span records the route template instead.
    private static void RedactPath(System.Diagnostics.Activity activity, Microsoft.AspNetCore.Http.HttpResponse response)
    {
        var route = (response.HttpContext.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText;
        activity.SetTag("url.path", route ?? "(unmatched)");
    }

    // The gateway forwards partners' paths, which carry children's identifiers; a gRPC method path names only the method.
    private static void RedactUrl(System.Diagnostics.Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri) return;
        var path = uri.AbsolutePath.StartsWith("/send.", StringComparison.Ordinal) ? uri.AbsolutePath : "/(redacted)";
        activity.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}{path}");
    }

    private static bool IsHealthPath(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");

    /// <summary>/health (ready: database, broker, cache), /alive (live), and the gRPC health protocol.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) });
        return app;
    }

    /// <summary>For gRPC services: the defaults above plus the gRPC health protocol, reflection and the OpenAPI document.</summary>
    public static WebApplication MapGrpcDefaultEndpoints(this WebApplication app)
    {
        app.MapDefaultEndpoints();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapPlatformOpenApi();
        return app;
    }
}
