using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Api;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

public sealed class DashboardService() : ServiceUnderTest<DashboardApi>("dashboarddb")
{
    /// <summary>
    /// Once the bus is healthy: its queues are bound to the events' exchanges, so nothing a test publishes first is
    /// dropped for want of a binding (the host's start does not wait for the bus, so a service starts without a broker).
    /// </summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DashboardBus.WaitUntilBoundAsync(Factory.Services);
    }

    /// <summary>Published as its own type, as the service that owns the event would.</summary>
    public Task PublishAsync(IntegrationEvent message) => Factory.Services.GetRequiredService<IBus>().Publish(message, message.GetType());
}

internal static class DashboardBus
{
    public static async Task WaitUntilBoundAsync(IServiceProvider services) =>
        Assert.Equal(BusHealthStatus.Healthy, await services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30)));
}
