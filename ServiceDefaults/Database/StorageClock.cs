namespace SendPlatform.ServiceDefaults.Database;

public static class StorageClock
{
    /// <summary>
    /// Now, to PostgreSQL's precision (microseconds), so what a write returns equals what a later read returns.
    /// </summary>
    public static DateTimeOffset GetStorageNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
