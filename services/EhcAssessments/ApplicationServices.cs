using SendPlatform.EhcAssessments.Api;
using SendPlatform.EhcAssessments.Application;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.EhcAssessments;

public static class ApplicationServices
{
    public const string ServiceName = "ehc-assessments";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EhcDbContext>("ehcdb");
        builder.AddServiceMessaging<EhcDbContext>(ServiceName);
        builder.Services.AddScoped<RequestAssessment>();
        builder.Services.AddScoped<DecideAssessment>();
        builder.Services.AddScoped<ReadCase>();
        builder.Services.AddScoped<ListCases>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<CasesApi>().RequireAuthorization();
        return app;
    }
}
