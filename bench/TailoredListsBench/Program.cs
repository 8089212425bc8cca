using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using SendPlatform.Bench;
using SendPlatform.Bench.TailoredLists;
using SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.SharedKernel.Identifiers;

// Usage: TailoredListsBench --rest URL --grpc URL --direct URL [--settings 24000] [--requests 3000] [--concurrency 16] [--warmup 15000] [--rounds 3]
var rest = Option("--rest") ?? "http://127.0.0.1:5080";
var grpc = Option("--grpc") ?? "http://127.0.0.1:5081";
var direct = Option("--direct") ?? throw new ArgumentException("--direct: inclusion-plans' own URL (the baseline)");
var settingsCount = int.Parse(Option("--settings") ?? "24000");
var requests = int.Parse(Option("--requests") ?? "3000");
var concurrency = int.Parse(Option("--concurrency") ?? "16");
// Lists per path before the measured ones, so the measured phases see the services as they run for days: after 300,
// and still after 3,000, tiered compilation was at work in them (by perf, inclusion-plans' and the gateway's tiering
// threads). This benchmark's CPU table gave inclusion-plans 0.92-1.45 ms a list after 3,000 against 0.69-0.92 ms after
// 15,000, and charged the gateway's tier-1 backlog to the direct phase (bench/RESULTS.md).
var warmup = int.Parse(Option("--warmup") ?? "15000");
// Measured rounds per path, the paths taking turns (Rounds), the gateway's ratio the median of each gateway round's
// against the direct round just before it.
var rounds = int.Parse(Option("--rounds") ?? "3");
if (rounds < 1) throw new ArgumentException("--rounds: at least 1");
var formatter = new JsonFormatter(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

using var gatewayHttp = new HttpClient { BaseAddress = new Uri(rest) };
var dfe = await TokenAsync("dfe", "dfe", null);
// Each LA draws lists for its own children with its own token, as a national load would arrive.
var laTokens = new Dictionary<string, string>();
foreach (var la in LocalAuthorities.All) laTokens[la.LaCode] = await TokenAsync("la", $"la-{la.LaCode}", la.LaCode);

await PublishStandardsAsync();
var loading = Stopwatch.StartNew();
var loaded = await LoadAsync();
Console.WriteLine($"loaded {loaded.Loaded:N0} of {loaded.Received:N0} settings through the gateway stream in {loading.Elapsed.TotalSeconds:0.0} s " +
                  $"({loaded.Loaded / loading.Elapsed.TotalSeconds:N0}/s); rejected {loaded.Rejected}");
if (loaded.Loaded != settingsCount) throw new InvalidOperationException(string.Join("\n", loaded.Errors.Take(5)));

// h2c with prior knowledge, as the gateway itself calls the service.
using var directHttp = new HttpClient { BaseAddress = new Uri(direct), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
await RunAsync("warm-up, direct", directHttp, warmup, seed: 1);
await RunAsync("warm-up, gateway", gatewayHttp, warmup, seed: 2);
string[] paths = ["direct to inclusion-plans (baseline)", "through the gateway"];
var results = new List<(string Name, int Count, double Seconds, double P50, double P99, double MeanSettings, string Digest, MachineCpu.Spent Cpu)>();
for (var round = 1; round <= rounds; round++)
{
    results.Add(await RunAsync($"{paths[0]}, round {round}", directHttp, requests, seed: 3));
    results.Add(await RunAsync($"{paths[1]}, round {round}", gatewayHttp, requests, seed: 3));
}
var byPath = paths.Select((_, p) => results.Where((_, i) => i % 2 == p).ToList()).ToList();

Console.WriteLine();
Console.WriteLine($"register: {settingsCount:N0} settings; {requests:N0} lists per round, {rounds} rounds per path in turn, {concurrency} at a time; " +
                  "half limited to 30 km, the rest national; at most 50 settings a list");
Console.WriteLine("| path | lists/s, median (rounds) | p50 ms, median | p99 ms, median (rounds) | settings per list (mean) | throughput vs baseline, median of rounds | lists' digest |");
Console.WriteLine("|---|---|---|---|---|---|---|");
var ratesByPath = byPath.Select(runs => runs.Select(r => r.Count / r.Seconds).ToList()).ToList();
for (var p = 0; p < paths.Length; p++)
{
    var runs = byPath[p];
    var rates = ratesByPath[p];
    Console.WriteLine($"| {paths[p]} | {Rounds.Median(rates):N0} ({string.Join(" / ", rates.Select(x => x.ToString("N0")))}) | {Rounds.Median(runs.Select(r => r.P50)):0.0} | " +
        $"{Rounds.Median(runs.Select(r => r.P99)):0.0} ({string.Join(" / ", runs.Select(r => r.P99.ToString("0.0")))}) | {runs.Average(r => r.MeanSettings):0.0} | " +
        $"{(p == 0 ? 1 : Rounds.MedianRatio(rates, ratesByPath[0])):0.00}x | {runs[0].Digest} |");
}

// Every part of the platform shares the machine, so what a list costs on all of it bounds the rate on this machine. A
// list's TailoredListDrawn is counted by inclusion-dashboard after the list is answered: a little of it falls after its phase.
Console.WriteLine();
Console.WriteLine($"CPU over each path's rounds together, on {Environment.ProcessorCount} cores (/proc):");
MachineCpu.WriteTable("list", paths.Select((name, p) => (name, byPath[p].Sum(r => r.Count), byPath[p].Select(r => r.Cpu).Aggregate((a, b) => a.Plus(b)))));
// Every round of both paths draws the same children (seed 3), so each must be offered the same lists.
if (results.Select(r => r.Digest).Distinct().Count() != 1) throw new InvalidOperationException("The rounds drew different lists for the same children.");
return 0;

// The lists' digest covers each list's settings (URN, distance) in order and its total matching, so two runs on the same
// seed and register (e.g. before and after a change to the search) can be shown to offer the same lists.
async Task<(string, int, double, double, double, double, string, MachineCpu.Spent)> RunAsync(string name, HttpClient http, int count, int seed)
{
    var random = new Random(seed);
    var children = Enumerable.Range(0, count).Select(_ => SyntheticRegister.Child(random)).ToArray();
    var latencies = new double[count];
    var drawn = new string[count];
    var listed = 0L;
    var cpuAtStart = MachineCpu.Now();
    var stopwatch = Stopwatch.StartNew();
    await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/tailored-lists")
        {
            Content = new StringContent(formatter.Format(children[i]), Encoding.UTF8, "application/json"),
            Version = http.DefaultRequestVersion,
            VersionPolicy = http.DefaultVersionPolicy,
        };
        request.Headers.Authorization = new("Bearer", laTokens[children[i].LaCode]);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        var list = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Interlocked.Add(ref listed, list.GetProperty("settings").GetArrayLength());
        drawn[i] = (list.TryGetProperty("totalMatching", out var total) ? total.GetInt32() : 0) + ":" + string.Join(",", list.GetProperty("settings").EnumerateArray()
            .Select(s => $"{s.GetProperty("urn").GetString()}@{(s.TryGetProperty("distanceKm", out var km) ? km.GetDouble() : 0):0.00}"));
    });
    var seconds = stopwatch.Elapsed.TotalSeconds;
    var cpu = MachineCpu.Now().Since(cpuAtStart);
    // Which kind of list makes the tail: a national search reads more than a limited one.
    var national = latencies.Where((_, i) => children[i].MaxDistanceKm == 0).Order().ToArray();
    var limited = latencies.Where((_, i) => children[i].MaxDistanceKm != 0).Order().ToArray();
    Array.Sort(latencies);
    var p50 = Percentile(latencies, 0.50);
    var p99 = Percentile(latencies, 0.99);
    var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", drawn))))[..16];
    Console.WriteLine($"{name,-48} {count,6:N0} lists in {seconds,6:0.00} s ({count / seconds,6:N0}/s)  p50 {p50,6:0.0} ms  p99 {p99,6:0.0} ms (national {Percentile(national, 0.99):0.0}, within 30 km {Percentile(limited, 0.99):0.0})  lists {digest}");
    return (name, count, seconds, p50, p99, (double)listed / count, digest, cpu);
}

async Task<LoadSettingsResult> LoadAsync()
{
    using var channel = GrpcChannel.ForAddress(grpc);
    using var call = new Settings.SettingsClient(channel).LoadSettings(new Metadata { { "authorization", "Bearer " + dfe } });
    foreach (var setting in SyntheticRegister.Generate(settingsCount)) await call.RequestStream.WriteAsync(setting);
    await call.RequestStream.CompleteAsync();
    return await call;
}

async Task PublishStandardsAsync()
{
    var needs = string.Join(",", SyntheticRegister.Needs.Select(n => $"\"{n}\""));
    var content = $$"""
        {"version":"2026.1","content":{"title":"Benchmark standards",
         "standards":[{"code":"IDN-01","title":"Needs identified early","theme":"THEME_IDENTIFICATION_OF_NEED",
                       "requirements":[{"metricKey":"ehcp_issued_within_20_weeks","comparator":"COMPARATOR_AT_LEAST","threshold":60,"unit":"percent"}]}],
         "ordinarilyAvailable":[{{string.Join(",", SyntheticRegister.Needs.Select(n => $$"""{"needCode":"{{n}}","descriptors":["Adjustments"]}"""))}}],
         "provisionMatches":[{"provisionType":"MAINSTREAM","needCodes":[{{needs}}]},{"provisionType":"RESOURCED_PROVISION","needCodes":["ASD","SLCN","HI"]},
                             {"provisionType":"STATE_SPECIAL","needCodes":[{{needs}}]},{"provisionType":"AP","needCodes":["SEMH"]},
                             {"provisionType":"INDEPENDENT_SPECIAL","needCodes":["ASD","SEMH","PMLD"]}]
        """ + "}}";
    foreach (var (path, body) in new[] { ("/v1/standards/sets", content), ("/v1/standards/sets/2026.1:publish", "{}") })
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", dfe);
        using var response = await gatewayHttp.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

async Task<string> TokenAsync(string type, string id, string? laCode)
{
    var response = await gatewayHttp.PostAsJsonAsync("/dev/token", laCode is null ? new { org_type = type, org_id = id } : (object)new { org_type = type, org_id = id, la_code = laCode });
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
}

static double Percentile(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
