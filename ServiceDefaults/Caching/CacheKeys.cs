namespace SendPlatform.ServiceDefaults.Caching;

/// <summary>Prefixes every key, so services sharing one Redis never collide.</summary>
public sealed record CacheKeys(string Prefix)
{
    public string For(string key) => $"{Prefix}:{key}";
}
