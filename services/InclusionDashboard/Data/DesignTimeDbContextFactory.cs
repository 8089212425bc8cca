using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class DesignTimeDbContextFactory : DesignTimeFactory<DashboardDbContext>;
