using SendPlatform.InclusionDashboard.Api;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Events;
using SendPlatform.InclusionDashboard.Web;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard;

public static class ApplicationServices
{
    public const string ServiceName = "inclusion-dashboard";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DashboardDbContext>("dashboarddb");
        builder.AddServiceMessaging<DashboardDbContext>(ServiceName, bus =>
        {
            bus.AddBatchConsumer<PupilMovedConsumer>();
            bus.AddConsumer<ApPlacementStartedConsumer>();
            bus.AddConsumer<ApPlacementEndedConsumer>();
            bus.AddConsumer<OversightAlertRaisedConsumer>();
            bus.AddConsumer<OversightAlertAcknowledgedConsumer>();
            bus.AddConsumer<OversightAlertResolvedConsumer>();
            bus.AddConsumer<ApBudgetSetConsumer>();
            bus.AddConsumer<ApCommitmentsChangedConsumer>();
            bus.AddConsumer<TariffScheduleChangedConsumer>();
            bus.AddBatchConsumer<TailoredListDrawnConsumer>();
            bus.AddConsumer<InclusionPlanStatusChangedConsumer>();
            bus.AddConsumer<ApOutcomesAssessedConsumer>();
            bus.AddConsumer<PupilHeadcountsPublishedConsumer>();
            bus.AddConsumer<EhcRequestReceivedConsumer>();
            bus.AddConsumer<AssessmentDecidedConsumer>();
            bus.AddConsumer<EhcPlanDecidedConsumer>();
            bus.AddConsumer<EhcPlanIssuedConsumer>();
            bus.AddConsumer<EhcPlanCeasedConsumer>();
            bus.AddConsumer<AppealRegisteredConsumer>();
            bus.AddConsumer<AppealDecidedConsumer>();
        });
        builder.Services.AddScoped<MovementCounts>();
        builder.Services.AddScoped<ApPlacementCounts>();
        builder.Services.AddScoped<AlertRecords>();
        builder.Services.AddScoped<ApBudgets>();
        builder.Services.AddScoped<ApCommitments>();
        builder.Services.AddScoped<Frameworks>();
        builder.Services.AddScoped<TailoredListCounts>();
        builder.Services.AddScoped<PupilStatuses>();
        builder.Services.AddScoped<PlanRecords>();
        builder.Services.AddScoped<ApOutcomes>();
        builder.Services.AddScoped<KeepApOutcomes>();
        builder.Services.AddScoped<PupilHeadcounts>();
        builder.Services.AddScoped<KeepPupilHeadcounts>();
        builder.Services.AddScoped<KeepPlan>();
        builder.Services.AddScoped<TrackPupilStatus>();
        builder.Services.AddOptions<PupilKeys.Settings>().BindConfiguration(PupilKeys.Settings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PupilKeys>();
        builder.Services.AddScoped<CountTailoredList>();
        builder.Services.AddScoped<KeepApBudget>();
        builder.Services.AddScoped<KeepFramework>();
        builder.Services.AddScoped<CountMovement>();
        builder.Services.AddScoped<CountApPlacement>();
        builder.Services.AddScoped<TrackAlert>();
        builder.Services.AddScoped<EhcCases>();
        builder.Services.AddScoped<TrackEhcCase>();
        builder.Services.AddScoped<EhcAppeals>();
        builder.Services.AddScoped<TrackEhcAppeal>();
        builder.Services.AddScoped<ReadSummary>();
        builder.Services.AddScoped<ReadEhcTimeliness>();
        builder.Services.AddScoped<ReadSeries>();
        builder.AddDashboardPages();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<DashboardApi>().RequireAuthorization();
        app.MapDashboardPages();
        return app;
    }
}
