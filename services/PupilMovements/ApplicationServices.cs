using SendPlatform.PupilMovements.Api;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain.Oversight;
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
            bus.AddBatchConsumer<SettingRegisteredConsumer>();
        });
        builder.AddServiceCache(ServiceName);
        builder.Services.AddScoped<AlertLedger>();
        builder.Services.AddScoped<OffRollingCheck>();
        builder.Services.AddScoped<RecordMovements>();
        builder.Services.AddScoped<ReadTimeline>();
        builder.Services.AddScoped<RegisterSetting>();
        builder.Services.AddOptions<OversightOptions>().BindConfiguration("Oversight");
        builder.Services.AddOptions<OversightThresholds>().BindConfiguration("Oversight:Thresholds")
            .Validate(t => t.AdmissionNotificationSchoolDays is > 0 and <= 60 && t.MissingEducationSchoolDays is > 0 and <= 60,
                "Oversight:Thresholds: each count of school days must be from 1 to 60.")
            .ValidateOnStart();
        builder.Services.AddOptions<OffRollingThresholds>().BindConfiguration("Oversight:OffRolling")
            .Validate(t => t.MinimumCount is > 0 and <= 1000 && t.RateMultiple is > 0 and <= 100 && t.WindowMonths is > 0 and <= 36,
                "Oversight:OffRolling: MinimumCount 1-1000, RateMultiple 1-100, WindowMonths 1-36.")
            .ValidateOnStart();
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
