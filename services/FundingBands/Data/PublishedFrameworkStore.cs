using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SendPlatform.FundingBands.Domain;
using SendPlatform.FundingBands.Domain.Pricing;
using SendPlatform.ServiceDefaults.Caching;

namespace SendPlatform.FundingBands.Data;

/// <summary>
/// The published frameworks pricing reads, held in memory: loaded once, then replaced whole after this instance
/// publishes or any instance's TariffScheduleChanged arrives, so price calls never touch the database or Redis.
/// A load first asks the database only for a stamp of what is published (count and latest publish time) and looks
/// for that stamp in Redis: a stamped entry can never be stale, and a miss (or Redis down) loads from the database.
/// A replica that misses the notice (its temporary queue was down) is caught by RefreshIfChangedAsync, which
/// FrameworkStampCheck runs every 30 s: the stamp alone is read, and a different one reloads.
/// </summary>
public sealed class PublishedFrameworkStore(IServiceScopeFactory scopes, CacheAside cache)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private volatile PublishedFrameworks? _current;
    private volatile string? _stamp;
    private readonly SemaphoreSlim _loading = new(1, 1);

    private sealed record CachedFramework(string Id, int FinancialYearStart, int Version, DateOnly EffectiveFrom, FrameworkContent Content);

    public async Task<PublishedFrameworks> GetAsync(CancellationToken cancellationToken) =>
        _current ?? await ReloadAsync(cancellationToken);

    public async Task<PublishedFrameworks> ReloadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
            var published = Published(db);
            var stamp = await StampAsync(published, cancellationToken);
            var frameworks = await cache.GetOrCreateAsync($"frameworks:published:{stamp}",
                async ct => (await published.ToListAsync(ct)).Select(f => new CachedFramework(f.Id, f.FinancialYearStart, f.Version, f.EffectiveFrom, f.Content)).ToList(),
                list => JsonSerializer.SerializeToUtf8Bytes(list, Json),
                bytes => JsonSerializer.Deserialize<List<CachedFramework>>(bytes, Json)!,
                Lifetime, cancellationToken);
            _current = new PublishedFrameworks(frameworks.Select(f =>
                new PublishedFramework(f.Id, new FinancialYear(f.FinancialYearStart), f.Version, f.EffectiveFrom, f.Content)));
            _stamp = stamp;
            return _current;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Reloads if what is published has changed since the last load; true if it reloaded.</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        if (_current is null) return false;
        await using var scope = scopes.CreateAsyncScope();
        var stamp = await StampAsync(Published(scope.ServiceProvider.GetRequiredService<FundingDbContext>()), cancellationToken);
        if (stamp == _stamp) return false;
        await ReloadAsync(cancellationToken);
        return true;
    }

    private static IQueryable<FundingFramework> Published(FundingDbContext db) =>
        db.Frameworks.AsNoTracking().Where(f => f.Status != FrameworkStatus.Draft);

    private static async Task<string> StampAsync(IQueryable<FundingFramework> published, CancellationToken cancellationToken) =>
        $"{await published.CountAsync(cancellationToken)}-{(await published.MaxAsync(f => f.PublishedAt, cancellationToken))?.UtcTicks ?? 0}";
}
