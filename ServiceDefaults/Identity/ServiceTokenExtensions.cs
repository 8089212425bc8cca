using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SendPlatform.ServiceDefaults.Identity;

public static class ServiceTokenExtensions
{
    /// <summary>For a service that calls others on its own behalf (from an event consumer, say), not on a partner's.</summary>
    public static IHostApplicationBuilder AddServiceTokens(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Services.AddHttpClient(nameof(ServiceTokenSource));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ServiceTokenSource>(sp, serviceName));
        return builder;
    }
}
