using Microsoft.EntityFrameworkCore;
using SendPlatform.FundingBands.Domain;
using SendPlatform.FundingBands.Domain.Pricing;

namespace SendPlatform.FundingBands.Data;

/// <summary>
/// The published frameworks pricing reads, held in memory: loaded once, then replaced whole after this instance
/// publishes or any instance's TariffScheduleChanged arrives. Price calls never touch the database.
/// </summary>
public sealed class PublishedFrameworkStore(IServiceScopeFactory scopes)
{
    private volatile PublishedFrameworks? _current;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public async Task<PublishedFrameworks> GetAsync(CancellationToken cancellationToken) =>
        _current ?? await ReloadAsync(cancellationToken);

    public async Task<PublishedFrameworks> ReloadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
            var rows = await db.Frameworks.AsNoTracking()
                .Where(f => f.Status != FrameworkStatus.Draft)
                .ToListAsync(cancellationToken);
            return _current = new PublishedFrameworks(rows.Select(f => new PublishedFramework(f.Id, f.FinancialYear, f.Version, f.EffectiveFrom, f.Content)));
        }
        finally
        {
            _loading.Release();
        }
    }
}
