using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ from ConnectionStrings__messaging, with the outbox dispatcher for TContext.
    /// Queues are prefixed with the service name so each service gets its own copy of an event. Call after
    /// AddServiceDatabase so migrations run before consumers start.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TContext : DbContext, IMessagingDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("ConnectionStrings__messaging is not set.");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddMassTransit(bus =>
        {
            // A service holding children's data does not report to third parties, anonymously or not.
            bus.ConfigureUsageTelemetryOptions(options => options.Enabled = false);
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.Publish<IntegrationEvent>(p => p.Exclude = true);
                rabbit.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddSingleton<OutboxBacklog>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", tags: [HealthTags.Ready]);
        return builder;
    }
}
