namespace SendPlatform.AppHost.Hosting;

/// <summary>Something AppHost starts, watches and stops: a server or a project.</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    public ResourceState State { get; set; } = ResourceState.Pending;

    public List<Resource> WaitsFor { get; } = [];

    /// <summary>Where a person reaches it, once running.</summary>
    public virtual string Url => "";

    public abstract Task StartAsync(AppHostOutput output, CancellationToken cancellationToken);

    public abstract Task StopAsync();
}
