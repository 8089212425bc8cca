using SendPlatform.NationalStandards.Api;
using SendPlatform.NationalStandards.Application;
using SendPlatform.NationalStandards.Data;
using SendPlatform.ServiceDefaults.Caching;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.NationalStandards;

public static class ApplicationServices
{
    public const string ServiceName = "national-standards";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<StandardsDbContext>("standardsdb");
        builder.AddServiceMessaging<StandardsDbContext>(ServiceName);
        builder.AddServiceCache(ServiceName);
        builder.Services.AddSingleton<ReferenceCatalogueStore>();
        builder.Services.AddScoped<CurrentStandardsReader>();
        builder.Services.AddScoped<DraftStandardsSet>();
        builder.Services.AddScoped<PublishStandardsSet>();
        builder.Services.AddScoped<PublishPupilHeadcounts>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<ReferenceDataApi>().RequireAuthorization();
        app.MapGrpcService<StandardsSetsApi>().RequireAuthorization();
        app.MapGrpcService<EhcPlansApi>().RequireAuthorization();
        return app;
    }
}
