using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SendPlatform.ServiceDefaults.Database;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's model without starting the service; it never connects.
/// Each service derives a one-line DesignTimeDbContextFactory from it, which the EF tools find in its assembly.
/// </summary>
public abstract class DesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=design-time").Options)!;
}
