using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using RabbitMQ.Client;
using SendPlatform.SharedKernel.Identifiers;

// Usage: DashboardBench --rest URL --direct URL --amqp URI --database CONNECTION [--events 200] [--reads 3000] [--concurrency 16]
// 1. Seeds the read model with a year of national movements (academic year 2025-26, about 2 million events' worth)
//    straight into dashboarddb, with the region and England roll-ups the consumer keeps: replaying 2 million events
//    through the broker would measure the consumer, not reads.
// 2. Publishes PupilMoved events one at a time through the real broker and times each until the LA sees its figure
//    change through the gateway: p50 and p95.
// 3. Reads summaries (an LA's own, a region's and England's, for 2025-26) with 16 readers, through the gateway and
//    straight to the service (the baseline).
var rest = Option("--rest") ?? "http://127.0.0.1:7080";
var direct = Option("--direct") ?? throw new ArgumentException("--direct: inclusion-dashboard's own URL (the baseline)");
var amqp = Option("--amqp") ?? "amqp://guest:guest@127.0.0.1:17672/";
var database = Option("--database") ?? throw new ArgumentException("--database: dashboarddb's connection string");
var events = int.Parse(Option("--events") ?? "200");
var reads = int.Parse(Option("--reads") ?? "3000");
var concurrency = int.Parse(Option("--concurrency") ?? "16");

using var gateway = new HttpClient { BaseAddress = new Uri(rest) };
using var service = new HttpClient { BaseAddress = new Uri(direct), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
var dfe = await TokenAsync("dfe", "dfe", null);
var laTokens = new Dictionary<string, string>();
foreach (var la in LocalAuthorities.All) laTokens[la.LaCode] = await TokenAsync("la", $"la-{la.LaCode}", la.LaCode);
// Regions in ONS code order, by the names the national list of LAs uses.
string[] regions = ["North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands", "East of England", "London", "South East", "South West"];
string[] regionCodes = ["E12000001", "E12000002", "E12000003", "E12000004", "E12000005", "E12000006", "E12000007", "E12000008", "E12000009"];

var seeded = Stopwatch.StartNew();
var (rows, total) = await SeedYearAsync();
Console.WriteLine($"read model: {rows:N0} rows (LAs, regions, England) holding {total:N0} movements for 2025-26, seeded in {seeded.Elapsed.TotalSeconds:0.0} s");

var latencies = await EventToFigureAsync();
Console.WriteLine($"event to figure through the gateway, {events} events one at a time: p50 {Percentile(latencies, 0.50):0} ms, p95 {Percentile(latencies, 0.95):0} ms, max {latencies.Max():0} ms");

await ReadAsync("warm-up, direct", service, 300, seed: 1);
await ReadAsync("warm-up, gateway", gateway, 300, seed: 2);
var baseline = await ReadAsync("direct to inclusion-dashboard (baseline)", service, reads, seed: 3);
var through = await ReadAsync("through the gateway", gateway, reads, seed: 3);
Console.WriteLine();
Console.WriteLine($"| path | summaries | summaries/s | p50 ms | p99 ms | throughput vs baseline |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var (name, result) in new[] { ("direct to inclusion-dashboard (baseline)", baseline), ("through the gateway", through) })
    Console.WriteLine($"| {name} | {reads:N0} | {reads / result.Seconds:N0} | {result.P50:0.0} | {result.P99:0.0} | {reads / result.Seconds / (reads / baseline.Seconds):0.00}x |");
return 0;

async Task<(long Rows, long Total)> SeedYearAsync()
{
    string[] types = ["Admission", "Deletion", "Suspension", "PermanentExclusion", "Ehe", "Eotas", "MissingEducation", "MovedToOtherLa", "IntoAp", "OutOfAp",
        "ManagedMove", "OffSiteDirection"];
    var needs = PrimaryNeeds.All.Select(n => n.Code).Where(n => n != "NSA").ToList();
    var pairs = needs.Select(n => ("E", n)).Concat(needs.Select(n => ("K", n))).Append(("K", "NSA")).Append(("N", "")).ToList();
    string[] grounds = ["REGISTERED_AT_ANOTHER_SCHOOL", "ELECTIVE_HOME_EDUCATION", "MOVED_AWAY", "PERMANENTLY_EXCLUDED", "CEASED_COMPULSORY_SCHOOL_AGE",
        "LEFT_SIXTH_FORM", "NOT_RETURNED_AFTER_LEAVE", "MEDICALLY_UNFIT", "CONTINUOUS_ABSENCE", "DUAL_REGISTRATION_ENDED"];
    await using var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var insert = new NpgsqlCommand("""
        INSERT INTO movement_counts ("AreaCode", "Month", "EventType", "SenProvision", "PrimaryNeed", "DeletionGround", "Count", "Days")
        SELECT la, m::date, t, p.s, p.n, CASE WHEN t = 'Deletion' THEN (@grounds)[1 + abs(hashtext(la || m::text || p.s || p.n)) % cardinality(@grounds)] ELSE '' END,
               1 + abs(hashtext(la || m::text || t || p.s || p.n)) % 6, CASE WHEN t = 'Suspension' THEN 2 ELSE 0 END
        FROM unnest(@las) la, generate_series(date '2025-09-01', date '2026-08-01', interval '1 month') m, unnest(@types) t, unnest(@sens, @needs) AS p(s, n)
        ON CONFLICT DO NOTHING
        """, connection) { CommandTimeout = 600 };
    insert.Parameters.AddWithValue("las", LocalAuthorities.All.Select(la => la.LaCode).ToArray());
    insert.Parameters.AddWithValue("types", types);
    insert.Parameters.AddWithValue("sens", pairs.Select(p => p.Item1).ToArray());
    insert.Parameters.AddWithValue("needs", pairs.Select(p => p.Item2).ToArray());
    insert.Parameters.AddWithValue("grounds", grounds);
    await insert.ExecuteNonQueryAsync();
    // The service counts every movement into its LA, its region and England; the seed does the same in bulk.
    await using var rollUp = new NpgsqlCommand("""
        INSERT INTO movement_counts ("AreaCode", "Month", "EventType", "SenProvision", "PrimaryNeed", "DeletionGround", "Count", "Days")
        SELECT area, "Month", "EventType", "SenProvision", "PrimaryNeed", "DeletionGround", sum("Count"), sum("Days")
        FROM movement_counts m JOIN unnest(@las, @regions) AS r(la, region) ON m."AreaCode" = r.la
        CROSS JOIN LATERAL (VALUES (r.region), ('E92000001')) AS a(area)
        WHERE "Month" < date '2026-09-01'
        GROUP BY area, "Month", "EventType", "SenProvision", "PrimaryNeed", "DeletionGround"
        ON CONFLICT DO NOTHING
        """, connection) { CommandTimeout = 600 };
    rollUp.Parameters.AddWithValue("las", LocalAuthorities.All.Select(la => la.LaCode).ToArray());
    rollUp.Parameters.AddWithValue("regions", LocalAuthorities.All.Select(la => regionCodes[Array.IndexOf(regions, la.Region)]).ToArray());
    await rollUp.ExecuteNonQueryAsync();
    await using (var analyse = new NpgsqlCommand("ANALYZE movement_counts", connection)) await analyse.ExecuteNonQueryAsync();
    await using var count = new NpgsqlCommand("""
        SELECT count(*), sum("Count") FILTER (WHERE "AreaCode" = 'E92000001') FROM movement_counts WHERE "Month" < date '2026-09-01'
        """, connection);
    await using var reader = await count.ExecuteReaderAsync();
    await reader.ReadAsync();
    return (reader.GetInt64(0), reader.GetInt64(1));
}

async Task<double[]> EventToFigureAsync()
{
    await using var connection = await new ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
    await using var channel = await connection.CreateChannelAsync();
    var seen = new Dictionary<string, int>();
    var result = new double[events];
    for (var i = 0; i < events; i++)
    {
        var la = LocalAuthorities.All[i % LocalAuthorities.All.Count].LaCode;
        var expected = seen[la] = seen.GetValueOrDefault(la) + 1;
        var envelope = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = Guid.NewGuid(),
            messageType = new[] { "urn:message:SendPlatform.Contracts.IntegrationEvents:PupilMoved" },
            message = new
            {
                eventId = Guid.NewGuid(), occurredAt = DateTimeOffset.UtcNow, movementId = Guid.NewGuid(), upn = "H801200001001", type = "Admission",
                effectiveDate = "2026-10-05", responsibleLaCode = la, senProvision = "K", primaryNeed = "ASD",
            },
        });
        var started = Stopwatch.GetTimestamp();
        await channel.BasicPublishAsync("SendPlatform.Contracts.IntegrationEvents:PupilMoved", "", mandatory: false,
            new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true }, envelope);
        while (await AdmissionsAsync(la) != expected)
        {
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(30)) throw new TimeoutException($"event {i} for LA {la} not visible in 30 s");
            await Task.Delay(5);
        }
        result[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
    return result;
}

async Task<int> AdmissionsAsync(string la)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/dashboard/local-authorities/{la}?period=2026-10");
    request.Headers.Authorization = new("Bearer", laTokens[la]);
    using var response = await gateway.SendAsync(request);
    response.EnsureSuccessStatusCode();
    var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
    return int.Parse(summary.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "admissions")
        .GetProperty("total").GetString()!);
}

async Task<(double Seconds, double P50, double P99)> ReadAsync(string name, HttpClient http, int count, int seed)
{
    var random = new Random(seed);
    // Seven in ten an LA reading its own area, two in ten DfE a region, one in ten DfE the nation.
    var paths = Enumerable.Range(0, count).Select(_ => random.Next(10) switch
    {
        < 7 => LocalAuthorities.All[random.Next(LocalAuthorities.All.Count)].LaCode is var la ? ($"/v1/dashboard/local-authorities/{la}?period=2025-26", laTokens[la]) : default,
        < 9 => ($"/v1/dashboard/regions/{regionCodes[random.Next(regionCodes.Length)]}?period=2025-26", dfe),
        _ => ("/v1/dashboard/national?period=2025-26", dfe),
    }).ToArray();
    var latencies = new double[count];
    var stopwatch = Stopwatch.StartNew();
    await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Get, paths[i].Item1) { Version = http.DefaultRequestVersion, VersionPolicy = http.DefaultVersionPolicy };
        request.Headers.Authorization = new("Bearer", paths[i].Item2);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{paths[i].Item1}: {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync(ct);
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    });
    var seconds = stopwatch.Elapsed.TotalSeconds;
    Console.WriteLine($"{name,-42} {count,6:N0} summaries in {seconds,6:0.00} s ({count / seconds,6:N0}/s)  p50 {Percentile(latencies, 0.5),6:0.0} ms  p99 {Percentile(latencies, 0.99),6:0.0} ms");
    return (seconds, Percentile(latencies, 0.5), Percentile(latencies, 0.99));
}

static double Percentile(double[] values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
}

async Task<string> TokenAsync(string type, string id, string? laCode)
{
    var response = await gateway.PostAsJsonAsync("/dev/token", laCode is null ? new { org_type = type, org_id = id } : (object)new { org_type = type, org_id = id, la_code = laCode });
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
