using Xunit;

namespace SendPlatform.TestKit;

/// <summary>
/// A class fixture running one service over the real servers, with its own database, RabbitMQ virtual host and
/// cache prefix. Each service's test project derives one, naming its database connection.
/// </summary>
public abstract class ServiceUnderTest<TEntryPoint>(string databaseConnectionName) : IAsyncLifetime where TEntryPoint : class
{
    public ServiceFactory<TEntryPoint> Factory { get; private set; } = null!;

    public string MessagingConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        MessagingConnectionString = await infrastructure.RabbitMq.AddVirtualHostAsync();
        Factory = new ServiceFactory<TEntryPoint>(infrastructure, databaseConnectionName, MessagingConnectionString);
        await ConfigureAsync(Factory, infrastructure);
        Factory.StartServer();
    }

    /// <summary>Settings the service needs before it starts (e.g. where another service is).</summary>
    protected virtual Task ConfigureAsync(ServiceFactory<TEntryPoint> factory, PlatformInfrastructure infrastructure) => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Factory.DisposeAsync();
}
