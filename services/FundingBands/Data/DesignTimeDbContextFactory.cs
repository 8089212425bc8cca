using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SendPlatform.FundingBands.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service; it never connects.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FundingDbContext>
{
    public FundingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FundingDbContext>().UseNpgsql("Host=design-time").Options);
}
