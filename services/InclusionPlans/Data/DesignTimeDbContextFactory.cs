using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionPlans.Data;

public sealed class DesignTimeDbContextFactory : DesignTimeFactory<PlansDbContext>;
