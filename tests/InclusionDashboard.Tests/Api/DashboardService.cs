using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Api;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

public sealed class DashboardService() : ServiceUnderTest<DashboardApi>("dashboarddb")
{
    /// <summary>Published as its own type, as the service that owns the event would.</summary>
    public Task PublishAsync(IntegrationEvent message) => Factory.Services.GetRequiredService<IBus>().Publish(message, message.GetType());
}
