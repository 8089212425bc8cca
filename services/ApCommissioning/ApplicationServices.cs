using SendPlatform.ApCommissioning.Api;
using SendPlatform.ApCommissioning.Application;
using SendPlatform.Contracts.Funding.V1;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Events;
using SendPlatform.ServiceDefaults.Caching;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ApCommissioning.Upstream;

namespace SendPlatform.ApCommissioning;

public static class ApplicationServices
{
    public const string ServiceName = "ap-commissioning";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ApDbContext>("apdb");
        builder.AddServiceMessaging<ApDbContext>(ServiceName, bus =>
        {
            bus.AddBatchConsumer<PupilMovedConsumer>();
            bus.AddConsumer<TariffScheduleChangedConsumer>();
        });
        builder.AddServiceTokens(ServiceName);
        builder.AddServiceCache(ServiceName);
        builder.Services.AddGrpcClient<FundingPricing.FundingPricingClient>(o => o.Address = new Uri("http://funding-bands"));
        builder.Services.AddScoped<CommissionPricing>();
        builder.Services.AddScoped<RegisterProvider>();
        builder.Services.AddScoped<SetApBudget>();
        builder.Services.AddScoped<CommissionPlaces>();
        builder.Services.AddScoped<RepriceCommissions>();
        builder.Services.AddScoped<PlacePupil>();
        builder.Services.AddScoped<ReadPlacement>();
        builder.Services.AddScoped<EndPlacement>();
        builder.Services.AddScoped<FlagDeletedPlacements>();
        builder.Services.AddScoped<ReportOutcomes>();
        builder.Services.AddOptions<ScorecardThresholds>().BindConfiguration("Scorecard");
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<ProvidersApi>().RequireAuthorization();
        app.MapGrpcService<CommissioningApi>().RequireAuthorization();
        app.MapGrpcService<PlacementsApi>().RequireAuthorization();
        app.MapGrpcService<PerformanceApi>().RequireAuthorization();
        return app;
    }
}
