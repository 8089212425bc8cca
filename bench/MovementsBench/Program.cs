using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using SendPlatform.Bench;
using SendPlatform.Bench.Movements;
using SendPlatform.Contracts.Movements.V1;

// Usage: MovementsBench --rest URL --grpc URL --direct URL --amqp URL --postgres CONNECTION [--single 4000] [--batched 40000] [--concurrency 16] [--warmup 15000] [--rounds 3]
var rest = Option("--rest") ?? "http://127.0.0.1:5080";
var grpc = Option("--grpc") ?? "http://127.0.0.1:5081";
var direct = Option("--direct") ?? throw new ArgumentException("--direct: pupil-movements' own URL (the baseline)");
var amqp = Option("--amqp") ?? "amqp://guest:guest@127.0.0.1:15672/";
var consumers = new ConsumerLag(Option("--postgres") ?? throw new ArgumentException("--postgres: the platform's PostgreSQL (Host=...;Port=...;Username=...)"));
var single = int.Parse(Option("--single") ?? "4000");
var batched = int.Parse(Option("--batched") ?? "40000");
var concurrency = int.Parse(Option("--concurrency") ?? "16");
// 15,000 per path, so the measured phases see the services as they run for days: after 500, the JIT was still 28% of
// pupil-movements' CPU in the measured single calls, and after 3,000 this benchmark's CPU table gave pupil-movements
// 1.21-2.02 ms a single call against 0.67-1.04 ms after 15,000 (bench/RESULTS.md).
var warmup = int.Parse(Option("--warmup") ?? "15000");
// Single calls are measured in rounds, direct and through the gateway in turn (Rounds), each gateway round compared
// with the direct round just before it. Batches and the stream have no direct baseline, so they run once.
var rounds = int.Parse(Option("--rounds") ?? "3");
if (rounds < 1) throw new ArgumentException("--rounds: at least 1");
const int batchSize = 1000;
var run = DateTime.UtcNow.ToString("yyyyMMddHHmmss");
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var formatter = new JsonFormatter(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

using var gatewayHttp = new HttpClient { BaseAddress = new Uri(rest) };
// Each school notifies with its own token, as a national load would arrive: the gateway's rate limit is per organisation.
var schoolTokens = new string[SyntheticMovements.Schools];
for (var i = 0; i < schoolTokens.Length; i++) schoolTokens[i] = await TokenAsync("school", SyntheticMovements.SchoolUrn(i), null);
var laToken = await TokenAsync("la", "la-931", "931");
await using var events = await EventCounter.StartAsync(amqp);

// h2c with prior knowledge, as the gateway itself calls the service.
using var directHttp = new HttpClient { BaseAddress = new Uri(direct), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
var results = new List<(string Name, int Count, double Accepted, double Delivered, double Consumed, IReadOnlyList<ConsumerLag.Result> Lags, MachineCpu.Spent Cpu)>();
long next = 0;
await RegisterSchoolsAsync();

// Unreported: JIT, connection pools and PostgreSQL's caches warm up on every path before anything is timed.
await Phase("warm-up, direct", warmup, (first, count) => SinglesAsync(directHttp, first, count), report: false);
await Phase("warm-up, gateway", warmup, (first, count) => SinglesAsync(gatewayHttp, first, count), report: false);
await Phase("warm-up, gateway batches", warmup, BatchesAsync, report: false);
await Phase("warm-up, gateway stream", warmup, StreamAsync, report: false);

for (var round = 1; round <= rounds; round++)
{
    await Phase($"direct to pupil-movements, single REST calls (baseline), round {round}", single, (first, count) => SinglesAsync(directHttp, first, count));
    await Phase($"gateway, single REST calls, round {round}", single, (first, count) => SinglesAsync(gatewayHttp, first, count));
}
await Phase($"gateway, REST batches of {batchSize:N0}", batched, BatchesAsync);
await Phase("gateway, one gRPC bidirectional stream", batched, StreamAsync);

var singleRates = results.Take(2 * rounds).Select(r => r.Count / r.Delivered).ToList();
var directRates = singleRates.Where((_, i) => i % 2 == 0).ToList();
var gatewayRates = singleRates.Where((_, i) => i % 2 == 1).ToList();
var baseline = Rounds.Median(directRates);
Console.WriteLine();
Console.WriteLine($"| path | movements | accepted/s | delivered/s (its event on the broker) | vs baseline | consumed/s (all three consumers) | consumer lag p50 / p95 ms ({string.Join(", ", results[0].Lags.Select(l => l.Database))}) |");
Console.WriteLine($"|---|---|---|---|---|---|---|");
foreach (var (name, count, accepted, delivered, consumed, lags, _) in results)
    Console.WriteLine($"| {name} | {count:N0} | {count / accepted:N0} | {count / delivered:N0} | {count / delivered / baseline:0.00}x | {count / consumed:N0} | {string.Join(", ", lags.Select(l => $"{l.P50Ms:N0} / {l.P95Ms:N0}"))} |");
Console.WriteLine();
Console.WriteLine($"single REST calls, delivered/s, median of {rounds} rounds (baseline for 'vs baseline'): direct {baseline:N0}, through the gateway " +
                  $"{Rounds.Median(gatewayRates):N0}; the gateway against the direct round before it, median {Rounds.MedianRatio(gatewayRates, directRates):0.00}x");

// Every part of the platform shares the machine, so what a movement costs on all of it bounds the rate on this machine.
Console.WriteLine();
Console.WriteLine($"CPU from each phase's start until every consumer had claimed its events, on {Environment.ProcessorCount} cores (/proc):");
MachineCpu.WriteTable("movement", results.Select(r => (r.Name, r.Count, r.Cpu)));
return 0;

async Task Phase(string name, int count, Func<long, int, Task<int>> send, bool report = true)
{
    var before = events.Count;
    var earlier = events.Arrivals.Keys.ToHashSet();
    var first = next;
    next += count;
    var started = DateTimeOffset.UtcNow;
    var cpuAtStart = MachineCpu.Now();
    var stopwatch = Stopwatch.StartNew();
    var recorded = await send(first, count);
    var accepted = stopwatch.Elapsed.TotalSeconds;
    if (recorded != count) throw new InvalidOperationException($"{name}: {recorded} of {count} recorded");
    await events.WaitForAsync(before + count, TimeSpan.FromMinutes(10));
    var delivered = stopwatch.Elapsed.TotalSeconds;
    // Every phase, warm-ups too, waits for the consumers, so the next starts with no backlog.
    var lags = await consumers.MeasureAsync(events.Arrivals.Where(a => !earlier.Contains(a.Key)).ToDictionary(), TimeSpan.FromMinutes(20));
    var consumed = (lags.Max(l => l.LastClaimed) - started).TotalSeconds;
    var cpu = MachineCpu.Now().Since(cpuAtStart);
    if (report) results.Add((name, count, accepted, delivered, consumed, lags, cpu));
    Console.WriteLine($"{name,-66} {count,7:N0} movements  accepted in {accepted,6:0.00} s ({count / accepted,7:N0}/s)  delivered in {delivered,6:0.00} s ({count / delivered,7:N0}/s)  consumed in {consumed,6:0.00} s, lag p95 {string.Join(" / ", lags.Select(l => $"{l.P95Ms:N0}"))} ms");
}

async Task<int> SinglesAsync(HttpClient http, long first, int count)
{
    var recorded = 0;
    await Parallel.ForAsync(first, first + count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (n, ct) =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/movements")
        {
            Content = new StringContent(formatter.Format(SyntheticMovements.Admission(n, run, today)), Encoding.UTF8, "application/json"),
            Version = http.DefaultRequestVersion,
            VersionPolicy = http.DefaultVersionPolicy,
        };
        request.Headers.Authorization = new("Bearer", schoolTokens[n % SyntheticMovements.Schools]);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        Interlocked.Increment(ref recorded);
    });
    return recorded;
}

async Task<int> BatchesAsync(long first, int count)
{
    var recorded = 0;
    var batches = Enumerable.Range(0, (count + batchSize - 1) / batchSize).ToList();
    await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (b, ct) =>
    {
        var body = new RecordMovementBatchRequest();
        for (var n = first + (long)b * batchSize; n < Math.Min(first + count, first + (long)(b + 1) * batchSize); n++)
            body.Items.Add(SyntheticMovements.Admission(n, run, today));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/movements:batch")
        {
            Content = new StringContent(formatter.Format(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", laToken);
        using var response = await gatewayHttp.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Interlocked.Add(ref recorded, result.GetProperty("progress").GetProperty("recorded").GetInt32());
    });
    return recorded;
}

async Task<int> StreamAsync(long first, int count)
{
    using var channel = GrpcChannel.ForAddress(grpc);
    var client = new PupilMovements.PupilMovementsClient(channel);
    using var call = client.RecordMovements(new Metadata { { "authorization", "Bearer " + laToken } });
    var reading = Task.Run(async () =>
    {
        BatchProgress? last = null;
        await foreach (var reply in call.ResponseStream.ReadAllAsync())
            if (reply.ReplyCase == RecordMovementsReply.ReplyOneofCase.Progress) last = reply.Progress;
        return last?.Recorded ?? 0;
    });
    for (var n = first; n < first + count; n++) await call.RequestStream.WriteAsync(SyntheticMovements.Admission(n, run, today));
    await call.RequestStream.CompleteAsync();
    return await reading;
}

// The schools go on the settings register (as DfE keeps it) before they notify; pupil-movements learns of each from an
// event, so every school's first admission is retried until its register entry has arrived.
async Task RegisterSchoolsAsync()
{
    var dfeToken = await TokenAsync("dfe", "dfe", null);
    for (var i = 0; i < SyntheticMovements.Schools; i++)
    {
        var school = SyntheticMovements.School(i);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/v1/settings/{school.Urn}") { Content = new StringContent(formatter.Format(school), Encoding.UTF8, "application/json") };
        put.Headers.Authorization = new("Bearer", dfeToken);
        (await gatewayHttp.SendAsync(put)).EnsureSuccessStatusCode();
    }
    var deadline = DateTime.UtcNow.AddMinutes(2);
    for (var i = 0; i < SyntheticMovements.Schools; next++, i++)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/movements")
            {
                Content = new StringContent(formatter.Format(SyntheticMovements.Admission(next, run, today)), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new("Bearer", schoolTokens[next % SyntheticMovements.Schools]);
            using var response = await gatewayHttp.SendAsync(request);
            if (response.IsSuccessStatusCode) break;
            if (response.StatusCode != HttpStatusCode.PreconditionFailed || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(200);
        }
    }
}

async Task<string> TokenAsync(string type, string id, string? laCode)
{
    var response = await gatewayHttp.PostAsJsonAsync("/dev/token", laCode is null ? new { org_type = type, org_id = id } : (object)new { org_type = type, org_id = id, la_code = laCode });
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
