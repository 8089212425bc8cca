namespace SendPlatform.AppHost.Hosting;

/// <summary>A resource a project references by ConnectionStrings__{Name}, as Aspire injects it.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    string ConnectionString { get; }
}
