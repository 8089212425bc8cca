using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.EhcAssessments.Data;

public sealed class DesignTimeDbContextFactory : DesignTimeFactory<EhcDbContext>;
