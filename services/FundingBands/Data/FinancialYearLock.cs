using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.FundingBands.Data;

/// <summary>The lock that serialises version numbering and publishing within one financial year, across replicas.</summary>
public static class FinancialYearLock
{
    public static Task LockFinancialYearAsync(this FundingDbContext db, FinancialYear year, CancellationToken cancellationToken) =>
        db.Database.LockAsync($"funding-frameworks:{year}", cancellationToken);
}
