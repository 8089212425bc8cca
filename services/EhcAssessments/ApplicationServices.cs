using SendPlatform.EhcAssessments.Api;
using SendPlatform.EhcAssessments.Application;
using SendPlatform.Contracts.Funding.V1;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.EhcAssessments.Upstream;
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
        builder.Services.AddGrpcClient<EhcPlans.EhcPlansClient>(o => o.Address = new Uri("http://national-standards"));
        builder.Services.AddGrpcClient<FundingPricing.FundingPricingClient>(o => o.Address = new Uri("http://funding-bands"));
        builder.Services.AddScoped<TemplateCheck>();
        builder.Services.AddScoped<TopUpPricing>();
        builder.Services.AddScoped<RequestAssessment>();
        builder.Services.AddScoped<DecideAssessment>();
        builder.Services.AddScoped<RecordException>();
        builder.Services.AddScoped<DecideToIssue>();
        builder.Services.AddScoped<IssuePlan>();
        builder.Services.AddScoped<RecordReview>();
        builder.Services.AddScoped<SetSchoolSystem>();
        builder.Services.AddScoped<DecideToCease>();
        builder.Services.AddScoped<CeasePlan>();
        builder.Services.AddScoped<TransferPlan>();
        builder.Services.AddScoped<DecideOnReassessment>();
        builder.Services.AddScoped<RequestAdvice>();
        builder.Services.AddScoped<RecordAdviceReceived>();
        builder.Services.AddScoped<RecordMediation>();
        builder.Services.AddScoped<RegisterAppeal>();
        builder.Services.AddScoped<RecordAppealOutcome>();
        builder.Services.AddScoped<ReadCase>();
        builder.Services.AddScoped<ReadPlanVersion>();
        builder.Services.AddOptions<OverdueOptions>().BindConfiguration("Overdue");
        builder.Services.AddSingleton<OverdueSweep>();
        builder.Services.AddHostedService<OverdueSchedule>();
        builder.Services.AddScoped<ListCases>();
        builder.Services.AddScoped<BuildSen2Return>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<CasesApi>().RequireAuthorization();
        app.MapGrpcService<RedressApi>().RequireAuthorization();
        app.MapGrpcService<AdviceApi>().RequireAuthorization();
        app.MapGrpcService<ReturnsApi>().RequireAuthorization();
        return app;
    }
}
