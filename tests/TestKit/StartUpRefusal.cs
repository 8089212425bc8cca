using Microsoft.Extensions.Options;
using Xunit;

namespace SendPlatform.TestKit;

/// <summary>Starts a service with settings that must stop it, and gives the reason start-up gave.</summary>
public static class StartUpRefusal
{
    public static async Task<string> ReasonAsync<TEntryPoint>(string databaseConnectionName, IReadOnlyDictionary<string, string> settings)
        where TEntryPoint : class
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        await using var factory = new ServiceFactory<TEntryPoint>(infrastructure, databaseConnectionName, vhost);
        foreach (var (key, value) in settings) factory.Settings[key] = value;
        return Assert.Throws<OptionsValidationException>(() => factory.CreateClient()).Message;
    }
}
