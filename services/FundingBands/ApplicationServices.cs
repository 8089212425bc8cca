using SendPlatform.Contracts.Standards.V1;
using SendPlatform.FundingBands.Api;
using SendPlatform.FundingBands.Application;
using SendPlatform.FundingBands.Data;
using SendPlatform.FundingBands.Events;
using SendPlatform.ServiceDefaults.Caching;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.FundingBands.Upstream;

namespace SendPlatform.FundingBands;

public static class ApplicationServices
{
    public const string ServiceName = "funding-bands";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FundingDbContext>("fundingdb");
        builder.AddServiceMessaging<FundingDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<TariffScheduleChangedConsumer>().Endpoint(e => e.Temporary = true);
            bus.AddConsumer<StandardsPublishedConsumer>().Endpoint(e => e.Temporary = true);
        });
        builder.AddServiceCache(ServiceName);
        builder.Services.AddGrpcClient<ReferenceData.ReferenceDataClient>(o => o.Address = new Uri("http://national-standards"));
        builder.Services.AddSingleton<NationalProvisionTypes>();
        builder.Services.AddSingleton<PublishedFrameworkStore>();
        builder.Services.AddOptions<FrameworkStampCheck.Settings>().BindConfiguration("Frameworks")
            .Validate(f => f.IsValid, FrameworkStampCheck.Settings.Rule).ValidateOnStart();
        builder.Services.AddHostedService<FrameworkStampCheck>();
        builder.Services.AddSingleton<HighNeedsEstimation>();
        builder.Services.AddScoped<DraftFramework>();
        builder.Services.AddScoped<PublishFramework>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<FrameworksApi>().RequireAuthorization();
        app.MapGrpcService<PricingApi>().RequireAuthorization();
        app.MapHighNeedsEstimate();
        return app;
    }
}
