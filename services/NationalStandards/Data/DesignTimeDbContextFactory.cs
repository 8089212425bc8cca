using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SendPlatform.NationalStandards.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service; it never connects.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<StandardsDbContext>
{
    public StandardsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql("Host=design-time").Options);
}
