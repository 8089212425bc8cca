using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.PupilMovements.Data;

public sealed class DesignTimeDbContextFactory : DesignTimeFactory<MovementsDbContext>;
