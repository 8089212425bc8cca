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

    public Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> source, CancellationToken cancellationToken)
        where T : IMessage<T>, new() =>
        GetOrCreateAsync(key, source, message => message.ToByteArray(), bytes => new MessageParser<T>(() => new T()).ParseFrom(bytes),
            DefaultLifetime, cancellationToken);

    /// <summary>Any value, with its own serialisation; a value that fails to deserialise is treated as a miss.</summary>
    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> source,
        Func<T, byte[]> serialise, Func<byte[], T> deserialise, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var fullKey = keys.For(key);
        var cached = await TryRedisAsync(db => db.StringGetAsync(fullKey));
        if (cached is { HasValue: true } value)
        {
            try { return deserialise((byte[])value!); }
            catch (Exception ex) when (ex is InvalidProtocolBufferException or System.Text.Json.JsonException)
            {
                logger.LogWarning("Cached {Key} could not be read; using the source", key);
            }
        }
        var fresh = await source(cancellationToken);
        await TryRedisAsync(db => db.StringSetAsync(fullKey, serialise(fresh), lifetime));
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
