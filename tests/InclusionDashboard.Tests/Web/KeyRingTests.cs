using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.InclusionDashboard.Api;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Tests.Api;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Web;

/// <summary>The pages' key ring is in the service's database, so every replica reads the sessions another issued.</summary>
public sealed class KeyRingTests(DashboardService service) : IClassFixture<DashboardService>
{
    [Fact]
    public async Task A_second_replica_on_the_same_database_reads_what_the_first_protected()
    {
        var sealedText = service.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("session").Protect("la-931");

        await using (var db = new DashboardDbContext(new DbContextOptionsBuilder<DashboardDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options))
            Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        await using var replica = new ServiceFactory<DashboardApi>(service.Factory.Infrastructure, "dashboarddb", service.MessagingConnectionString)
        {
            DatabaseName = service.Factory.DatabaseName,
        };
        replica.StartServer();
        Assert.Equal("la-931", replica.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("session").Unprotect(sealedText));
    }
}
