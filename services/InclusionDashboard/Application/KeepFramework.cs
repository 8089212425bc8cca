using SendPlatform.InclusionDashboard.Data;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps each published version of the national funding framework, to tell which was in force when.</summary>
public sealed class KeepFramework(Frameworks frameworks)
{
    public Task PublishedAsync(string frameworkId, string financialYear, int version, DateOnly effectiveFrom, DateTimeOffset publishedAt,
        CancellationToken cancellationToken) =>
        FinancialYear.TryParse(financialYear, out var year)
            ? frameworks.KeepAsync(frameworkId, year.Value.ToString(), version, effectiveFrom, publishedAt, cancellationToken)
            : throw new InvalidOperationException($"A framework names the financial year '{financialYear}', which is not one.");
}
