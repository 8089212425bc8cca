using SendPlatform.Contracts.Standards.V1;
using SendPlatform.InclusionPlans.Api;
using SendPlatform.InclusionPlans.Application;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.ServiceDefaults.Retention;
using SendPlatform.InclusionPlans.Events;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.InclusionPlans.Upstream;

namespace SendPlatform.InclusionPlans;

public static class ApplicationServices
{
    public const string ServiceName = "inclusion-plans";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PlansDbContext>("plansdb");
        builder.AddServiceMessaging<PlansDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<StandardsPublishedConsumer>();
            bus.AddConsumer<ProvisionMatchesConsumer>().Endpoint(e => e.Temporary = true);
            bus.AddBatchConsumer<PupilMovedConsumer>();
            bus.AddConsumer<ApPlacementStartedConsumer>();
            bus.AddConsumer<ApPlacementEndedConsumer>();
        });
        builder.Services.AddGrpcClient<StandardsSets.StandardsSetsClient>(o => o.Address = new Uri("http://national-standards"));
        builder.Services.AddGrpcClient<ReferenceData.ReferenceDataClient>(o => o.Address = new Uri("http://national-standards"));
        builder.Services.AddScoped<NationalStandardsFacts>();
        builder.Services.AddSingleton<CurrentProvisionMatches>();
        builder.Services.AddScoped<SettingsSearch>();
        builder.Services.AddScoped<SetPartnership>();
        builder.Services.AddScoped<DraftPlan>();
        builder.Services.AddScoped<SignOffPlan>();
        builder.Services.AddScoped<PublishPlan>();
        builder.Services.AddScoped<ReadPlan>();
        builder.Services.AddScoped<KeepSettings>();
        builder.Services.AddScoped<DrawTailoredList>();
        builder.Services.AddSingleton<IRetentionRule<PlansDbContext>, TailoredListHomeRetention>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<PlansApi>().RequireAuthorization();
        app.MapGrpcService<SettingsApi>().RequireAuthorization();
        app.MapGrpcService<TailoredListsApi>().RequireAuthorization();
        return app;
    }
}
