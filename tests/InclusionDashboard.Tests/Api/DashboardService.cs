using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Api;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

public sealed class DashboardService() : ServiceUnderTest<DashboardApi>("dashboarddb")
{
    public Task PublishAsync(PupilMoved moved) => Factory.Services.GetRequiredService<IBus>().Publish(moved);
}
