using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ApCommissioning.Data;

public sealed class DesignTimeDbContextFactory : DesignTimeFactory<ApDbContext>;
