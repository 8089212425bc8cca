using Npgsql;

namespace SendPlatform.Bench.Movements;

/// <summary>
/// How far behind the broker each service consuming movements (PupilMoved, PupilsMoved) runs: the time from an
/// event's arrival on the broker (EventCounter) to its consumer's inbox claim (inbox_messages."ProcessedAt", stamped as
/// the consumer's transaction begins to apply it), read from each consumer's own database once all of a phase's
/// events are claimed there.
/// </summary>
public sealed class ConsumerLag(string postgres)
{
    /// <summary>The databases of the services that consume PupilMoved; each names its consumer class PupilMovedConsumer.</summary>
    private static readonly string[] Databases = ["plansdb", "apdb", "dashboarddb"];

    public sealed record Result(string Database, double P50Ms, double P95Ms, double MaxMs, DateTimeOffset LastClaimed);

    public async Task<IReadOnlyList<Result>> MeasureAsync(IReadOnlyDictionary<Guid, DateTimeOffset> arrivals, TimeSpan timeout)
    {
        var results = new List<Result>();
        foreach (var database in Databases)
        {
            var claims = await WaitForClaimsAsync(database, arrivals, timeout);
            var lags = claims.Select(c => (c.Value - arrivals[c.Key]).TotalMilliseconds).Order().ToArray();
            results.Add(new Result(database, Percentile(lags, 0.50), Percentile(lags, 0.95), lags[^1], claims.Values.Max()));
        }
        return results;
    }

    private async Task<Dictionary<Guid, DateTimeOffset>> WaitForClaimsAsync(string database, IReadOnlyDictionary<Guid, DateTimeOffset> arrivals, TimeSpan timeout)
    {
        var ids = arrivals.Keys.ToArray();
        var deadline = DateTime.UtcNow + timeout;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString);
        await connection.OpenAsync();
        while (true)
        {
            await using var query = new NpgsqlCommand("""
                SELECT "MessageId", "ProcessedAt" FROM inbox_messages WHERE "Consumer" = 'PupilMovedConsumer' AND "MessageId" = ANY(@ids)
                """, connection);
            query.Parameters.AddWithValue("ids", ids);
            var claims = new Dictionary<Guid, DateTimeOffset>();
            await using (var reader = await query.ExecuteReaderAsync())
                while (await reader.ReadAsync()) claims[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
            if (claims.Count == ids.Length) return claims;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{database}: {claims.Count} of {ids.Length} PupilMoved events consumed in {timeout}");
            await Task.Delay(500);
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
