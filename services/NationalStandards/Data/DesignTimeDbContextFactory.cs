using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.NationalStandards.Data;

public sealed class DesignTimeDbContextFactory : DesignTimeFactory<StandardsDbContext>;
