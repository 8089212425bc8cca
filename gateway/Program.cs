using System.Text.Json;
using SendPlatform.Gateway.Audit;
using SendPlatform.Gateway.Docs;
using SendPlatform.Gateway.Security;
using SendPlatform.ServiceDefaults;
using SendPlatform.ServiceDefaults.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommonDefaults();
builder.AddPlatformAuthentication();
builder.Services.AddAuthorization(PartnerPolicy.Configure);
builder.Services.AddPartnerRateLimits(builder.Configuration);
builder.Services.AddSingleton<AuditTrail>();
builder.Services.AddPartnerDocs();
builder.Services.AddGrpcDiscovery();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
// Clusters name services (http://funding-bands); service discovery resolves them from what AppHost or Aspire injects.
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy")).AddConfigFilter<PartnerRouteDefaults>()
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
// First, so the refusals of authentication, rate limiting and authorisation are audited too.
app.UseMiddleware<AuditMiddleware>();
app.UseMiddleware<GatewayRefusals>();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapDefaultEndpoints();
if (DevTokenEndpoint.IsEnabled(app)) app.MapDevTokenEndpoint();
app.MapPartnerDocs();
app.MapGrpcDiscovery();
app.MapReverseProxy();
app.Run();
