using SendPlatform.PupilMovements.Api;
using SendPlatform.PupilMovements.Data;
using SendPlatform.ServiceDefaults.Caching;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements;

public static class ApplicationServices
{
    public const string ServiceName = "pupil-movements";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MovementsDbContext>("movementsdb");
        builder.AddServiceMessaging<MovementsDbContext>(ServiceName);
        builder.AddServiceCache(ServiceName);
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<MovementsApi>().RequireAuthorization();
        return app;
    }
}
