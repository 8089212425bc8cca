using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// A host of a test's own consumers on the service's database and broker, wired as every service wires its bus, with
/// the redelivery schedule shortened to seconds (1, 1, 2) and no immediate retries, and any settings of the test's own.
/// </summary>
public static class TestConsumerHosts
{
    public static async Task<IHost> StartAsync(StandardsService service, string name, Action<IBusRegistrationConfigurator> addConsumers,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:testdb"] = service.Factory.DatabaseConnectionString,
            ["ConnectionStrings:messaging"] = service.MessagingConnectionString,
            ["Messaging:Redelivery:Delays:0"] = "00:00:01",
            ["Messaging:Redelivery:Delays:1"] = "00:00:01",
            ["Messaging:Redelivery:Delays:2"] = "00:00:02",
            ["Messaging:Redelivery:ImmediateRetries"] = "0",
        });
        builder.AddServiceDatabase<StandardsDbContext>("testdb");
        builder.AddServiceMessaging<StandardsDbContext>(name, addConsumers);
        var host = builder.Build();
        await host.StartAsync();
        Assert.Equal(BusHealthStatus.Healthy, await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30)));
        return host;
    }

    /// <summary>The _error queue of the consumer's endpoint in the host named <paramref name="name"/>.</summary>
    public static async Task<ErrorQueue> ErrorQueueAsync<TConsumer>(StandardsService service, string name) where TConsumer : class, IConsumer
    {
        var connection = await new ConnectionFactory { Uri = new Uri(service.MessagingConnectionString) }.CreateConnectionAsync();
        return new ErrorQueue(connection, new KebabCaseEndpointNameFormatter(name, false).Consumer<TConsumer>());
    }
}
