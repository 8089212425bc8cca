using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MassTransit;
using MassTransit.RabbitMqTransport.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;
using SendPlatform.ServiceDefaults.Messaging.Watchdog;
using SendPlatform.ServiceDefaults.Retention;

namespace SendPlatform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ from ConnectionStrings__messaging, with the outbox dispatcher for TContext.
    /// Queues are prefixed with the service name so each service gets its own copy of an event. Call after
    /// AddServiceDatabase so migrations run before consumers start. Every receive endpoint retries a failing delivery
    /// at once a few times, then waits out a transient failure along the redelivery schedule (Messaging:Redelivery)
    /// before parking the message as poison in its _error queue, which health and metrics count. A watchdog restarts the bus
    /// if its consumers stay down with the broker reachable (Messaging:Watchdog).
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TContext : DbContext, IMessagingDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("ConnectionStrings__messaging is not set.");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox")
            .Validate(o => o.Workers is >= 1 and <= 16 && o.BatchSize is >= 1 and <= 10_000, "Outbox: Workers must be from 1 to 16 and BatchSize from 1 to 10,000.")
            .ValidateOnStart();
        builder.Services.AddOptions<RedeliverySettings>().BindConfiguration("Messaging:Redelivery")
            .Validate(r => r.IsValid, RedeliverySettings.Rule)
            .ValidateOnStart();
        builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<PoisonMessageMonitor>(services, connectionString));
        builder.Services.AddSingleton<BatchFailureRouting>();
        builder.Services.AddMassTransit(bus =>
        {
            // A service holding children's data does not report to third parties, anonymously or not.
            bus.ConfigureUsageTelemetryOptions(options => options.Enabled = false);
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            bus.AddConfigureEndpointsCallback((context, queue, endpoint) =>
            {
                var redelivery = context.GetRequiredService<IOptions<RedeliverySettings>>().Value;
                if (endpoint is IRabbitMqReceiveEndpointConfiguration rabbit)
                {
                    context.GetRequiredService<PoisonMessageMonitor>().Track(queue, () => rabbit.Settings);
                }
                // Configured outermost first: the redelivery filter sees a failure only once the immediate retries are spent.
                endpoint.UseFilter(new WaitQueueRedeliveryFilter(redelivery,
                    context.GetRequiredService<ILoggerFactory>().CreateLogger<WaitQueueRedeliveryFilter>()));
                if (redelivery.ImmediateRetries > 0)
                {
                    endpoint.UseMessageRetry(r => r.Exponential(redelivery.ImmediateRetries, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5),
                        TimeSpan.FromMilliseconds(500)));
                }
            });
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.Publish<IntegrationEvent>(p => p.Exclude = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddSingleton<OutboxBacklog>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration("Retention")
            .Validate(r => r.Interval > TimeSpan.Zero && r.DispatchedOutbox >= TimeSpan.FromDays(1) && r.Inbox >= TimeSpan.FromDays(1),
                "Retention: Interval must be positive, DispatchedOutbox and Inbox at least a day.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IRetentionRule<TContext>, OutboxRetention<TContext>>();
        builder.Services.AddSingleton<IRetentionRule<TContext>, InboxRetention<TContext>>();
        builder.Services.AddSingleton<RetentionPurge<TContext>>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionPurge<TContext>>());
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        // MassTransit's own check is replaced by one that tells a bus not yet started from a broker lost later.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var masstransit in options.Registrations.Where(r => r.Name == "masstransit-bus").ToList()) options.Registrations.Remove(masstransit);
        });
        builder.Services.AddSingleton<BusReadinessHealthCheck>();
        builder.Services.AddOptions<WatchdogSettings>().BindConfiguration("Messaging:Watchdog")
            .Validate(w => w.IsValid, WatchdogSettings.Rule)
            .ValidateOnStart();
        builder.Services.AddSingleton<ConsumerWatchdog>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ConsumerWatchdog>());
        builder.Services.AddHealthChecks()
            .AddCheck<BusReadinessHealthCheck>(BusReadinessHealthCheck.Name, tags: [HealthTags.Ready])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [HealthTags.Ready])
            .AddCheck<PoisonMessagesHealthCheck>("poison-messages", tags: [HealthTags.Ready]);
        return builder;
    }
}
