namespace SendPlatform.AppHost.Hosting;

/// <summary>Aspire's IResourceBuilder shape: configure a resource fluently in the app model.</summary>
public sealed class ResourceBuilder<T>(T resource, DistributedApplicationBuilder application) where T : Resource
{
    public T Resource { get; } = resource;

    public ResourceBuilder<T> WaitFor<TOther>(ResourceBuilder<TOther> other) where TOther : Resource
    {
        Resource.WaitsFor.Add(other.Resource);
        return this;
    }

    public ResourceBuilder<PostgresDatabaseResource> AddDatabase(string name)
    {
        if (Resource is not PostgresServerResource server) throw new InvalidOperationException("Only a PostgreSQL server has databases.");
        var database = new PostgresDatabaseResource(name, server);
        database.WaitsFor.Add(server);
        return application.Add(database);
    }

    /// <summary>ConnectionStrings__{name} for a server or database; services__{name}__http__0 for a project.</summary>
    public ResourceBuilder<T> WithReference<TOther>(ResourceBuilder<TOther> other) where TOther : Resource
    {
        var project = Project();
        switch (other.Resource)
        {
            case IResourceWithConnectionString source:
                project.Environment[$"ConnectionStrings__{source.Name}"] = () => source.ConnectionString;
                break;
            case ProjectResource target:
                project.Environment[$"services__{target.Name}__http__0"] = () => target.Endpoints[0].Url;
                break;
            default:
                throw new InvalidOperationException($"{other.Resource.Name} cannot be referenced.");
        }
        return this;
    }

    /// <summary>A fixed endpoint the project serves (e.g. the gateway's public ports) instead of one AppHost picks.</summary>
    public ResourceBuilder<T> WithHttpEndpoint(string name, int port, bool http2)
    {
        var project = Project();
        if (!project.HasFixedEndpoints) project.Endpoints.Clear();
        project.HasFixedEndpoints = true;
        project.Endpoints.Add(new ProjectEndpoint(name, port + application.PortOffset, http2));
        return this;
    }

    public ResourceBuilder<T> WithEnvironment(string name, string value)
    {
        Project().Environment[name] = () => value;
        return this;
    }

    private ProjectResource Project() =>
        Resource as ProjectResource ?? throw new InvalidOperationException($"{Resource.Name} is not a project.");
}
