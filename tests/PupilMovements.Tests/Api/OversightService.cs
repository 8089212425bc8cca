using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.PupilMovements.Api;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.PupilMovements.Events;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>The service with its sweep schedule off: each test runs the sweep for the date it is about.</summary>
public sealed class OversightService() : ServiceUnderTest<MovementsApi>("movementsdb")
{
    protected override Task ConfigureAsync(ServiceFactory<MovementsApi> factory, PlatformInfrastructure infrastructure)
    {
        factory.Settings["Oversight:ScheduleEnabled"] = "false";
        return Task.CompletedTask;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Factory.RegisterAsync(SettingsRegister.InArea931);
    }

    public Task<IReadOnlyDictionary<AlertType, int>> SweepAsync(DateOnly day) =>
        Factory.Services.GetRequiredService<OversightSweep>().RunAsync(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), CancellationToken.None);

    /// <summary>Publishes as another service would, through the real broker to this service's queues.</summary>
    public Task PublishAsync<TEvent>(TEvent integrationEvent) where TEvent : class =>
        Factory.Services.GetRequiredService<IBus>().Publish(integrationEvent);
}
