using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.FundingBands.Data;

public sealed class DesignTimeDbContextFactory : DesignTimeFactory<FundingDbContext>;
