using SendPlatform.PupilMovements.Api;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Events;
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
        builder.AddServiceMessaging<MovementsDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ApPlacementStartedConsumer>();
            bus.AddConsumer<ApPlacementEndedConsumer>();
            bus.AddConsumer<SettingRegisteredConsumer>();
        });
        builder.AddServiceCache(ServiceName);
        builder.Services.AddScoped<AlertLedger>();
        builder.Services.AddScoped<OffRollingCheck>();
        builder.Services.AddScoped<RecordMovements>();
        builder.Services.AddScoped<ReadTimeline>();
        builder.Services.AddScoped<RegisterSetting>();
        builder.Services.AddOptions<OversightOptions>().BindConfiguration("Oversight");
        builder.Services.AddSingleton<OversightSweep>();
        builder.Services.AddHostedService<OversightSchedule>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<MovementsApi>().RequireAuthorization();
        app.MapGrpcService<AlertsApi>().RequireAuthorization();
        return app;
    }
}
