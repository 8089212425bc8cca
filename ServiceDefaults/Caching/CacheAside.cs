using Google.Protobuf;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace SendPlatform.ServiceDefaults.Caching;

/// <summary>
/// Cache-aside over Redis for protobuf responses. Redis is only ever a copy: any Redis failure falls through to
/// the source (the database), so a service keeps answering, slower, while Redis is down. Entries expire, which
/// bounds staleness if an invalidation was missed while Redis was unreachable.
/// </summary>
public sealed class CacheAside(IConnectionMultiplexer redis, CacheKeys keys, ILogger<CacheAside> logger)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(10);

    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> source, CancellationToken cancellationToken)
        where T : IMessage<T>, new()
    {
        var fullKey = keys.For(key);
        var cached = await TryRedisAsync(db => db.StringGetAsync(fullKey));
        if (cached is { HasValue: true } value)
        {
            return new MessageParser<T>(() => new T()).ParseFrom((byte[])value!);
        }
        var fresh = await source(cancellationToken);
        await TryRedisAsync(db => db.StringSetAsync(fullKey, fresh.ToByteArray(), DefaultLifetime));
        return fresh;
    }

    public async Task RemoveAsync(params string[] keysToRemove)
    {
        var redisKeys = keysToRemove.Select(k => (RedisKey)keys.For(k)).ToArray();
        await TryRedisAsync(db => db.KeyDeleteAsync(redisKeys));
    }

    private async Task<TResult?> TryRedisAsync<TResult>(Func<IDatabase, Task<TResult>> operation)
    {
        try
        {
            return await operation(redis.GetDatabase());
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning("Redis unavailable ({Error}); using the database", ex.GetType().Name);
            return default;
        }
    }
}
