using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SendPlatform.SharedKernel.Identifiers;

// Usage: EhcBench --rest URL --direct URL [--requests 150000] [--concurrency 16] [--baseline-share 0.2]
//                 [--la 886 --start 2025-01-06 --reviews 0 --sen2-census 2026-01-15]
// A national year's EHC volume in DfE's proportions (150,000 requests, 100,000 plans, 600,000 annual reviews): every
// third request refused, the other two assessed and issued a plan (decision to issue, a draft, the final plan checked
// by national-standards), each plan then reviewed six times over the years since. Cases are spread over the 153 LAs,
// each LA's calls with its own token. After a warm-up on both paths, the first share of cases goes straight to
// ehc-assessments (the baseline), the rest through the gateway; both report calls per second and latency per step, and the ratio between them. At the
// end, ehc-assessments' resident memory (peak and now) as its /proc status gives them. With --la every case is that
// LA's, and with --sen2-census the LA's SEN2 return for that census day is then generated through the gateway (three
// times: its size, people, time, and the service's memory before and after).
var rest = Option("--rest") ?? "http://127.0.0.1:7080";
var direct = Option("--direct") ?? throw new ArgumentException("--direct: ehc-assessments' own URL (the baseline)");
var requests = int.Parse(Option("--requests") ?? "150000");
var concurrency = int.Parse(Option("--concurrency") ?? "16");
var baselineShare = double.Parse(Option("--baseline-share") ?? "0.2", System.Globalization.CultureInfo.InvariantCulture);
var onlyLa = Option("--la");
var start = DateOnly.Parse(Option("--start") ?? "2019-01-07", System.Globalization.CultureInfo.InvariantCulture);
var reviews = int.Parse(Option("--reviews") ?? "6");
var census = Option("--sen2-census");
var run = Guid.NewGuid().ToString("N")[..8];
var throttled = 0;

using var gateway = new HttpClient { BaseAddress = new Uri(rest), Timeout = TimeSpan.FromMinutes(2) };
using var service = new HttpClient
{
    BaseAddress = new Uri(direct), Timeout = TimeSpan.FromMinutes(2), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
};
var dfe = await TokenAsync("dfe", "dfe", null);
var laTokens = new Dictionary<string, string>();
foreach (var la in LocalAuthorities.All) laTokens[la.LaCode] = await TokenAsync("la", $"la-{la.LaCode}", la.LaCode);
await PublishStandardsAsync();

// Warm-up on both paths (JIT, connection pools, the database's caches), then the baseline, then the gateway.
const int warmUp = 120;
await RunAsync("warm-up, direct", service, requests, requests + warmUp);
await RunAsync("warm-up, gateway", gateway, requests + warmUp, requests + 2 * warmUp);
var baselineCases = Math.Max(30, (int)(requests * baselineShare));
var baseline = await RunAsync("direct to ehc-assessments (baseline)", service, 0, baselineCases);
var through = await RunAsync("through the gateway", gateway, baselineCases, requests);
Console.WriteLine();
Console.WriteLine("| step | direct calls/s | gateway calls/s | gateway p50 ms | gateway p95 ms | gateway / direct |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var step in through.Keys)
{
    var (g, d) = (through[step], baseline[step]);
    Console.WriteLine($"| {step} | {d.PerSecond:N0} | {g.PerSecond:N0} | {g.P50:0.0} | {g.P95:0.0} | {g.PerSecond / d.PerSecond:0.00}x |");
}
var total = through.Values.Sum(s => s.Calls);
var seconds = through.Values.Sum(s => s.Seconds);
Console.WriteLine($"\nthrough the gateway: {requests - baselineCases:N0} cases, {total:N0} calls in {seconds:0.0} s ({total / seconds:N0} calls/s); " +
    $"a national year (150,000 cases) at this rate: {150_000.0 / (requests - baselineCases) * seconds / 60:0} min");
Console.WriteLine(ServiceMemory());
Console.WriteLine($"calls the gateway's rate limit refused and the bench retried: {throttled:N0}");
if (census is not null) await Sen2Async(onlyLa ?? LaOf(0), census);
return 0;

// The LA's SEN2 return through the gateway, as its SEN2 team would download it: the whole file each time.
async Task Sen2Async(string la, string censusDate)
{
    var path = $"/v1/ehc/local-authorities/{la}/sen2-return?censusDate={censusDate}";
    Console.WriteLine($"\nSEN2 return of LA {la} for {censusDate}; before: {ServiceMemory()}");
    for (var attempt = 1; attempt <= 3; attempt++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", laTokens[la]);
        var stopwatch = Stopwatch.StartNew();
        using var response = await gateway.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        stopwatch.Stop();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        var xml = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(bytes));
        var people = xml.Root!.Element("Persons")!.Elements("Person").ToList();
        var active = people.Sum(p => p.Elements("Requests").Count(r => r.Element("ActivePlans") is not null));
        Console.WriteLine($"  attempt {attempt}: {stopwatch.Elapsed.TotalSeconds:0.00} s, {bytes.Length / 1024.0 / 1024.0:0.0} MB, {people.Count:N0} people, {active:N0} plans in force");
    }
    Console.WriteLine($"after: {ServiceMemory()}");
}

async Task<Dictionary<string, StepResult>> RunAsync(string name, HttpClient http, int from, int to)
{
    string[] steps = ["request", "decide whether to assess", "decide to issue", "draft plan", "final plan", "annual review"];
    var latencies = steps.ToDictionary(s => s, _ => new List<double>());
    var elapsed = steps.ToDictionary(s => s, _ => 0.0);
    // Steps in waves, each over all the cases at once: a step's rate is its own, not a mix.
    var ids = new string[to - from];
    async Task WaveAsync(string step, IEnumerable<int> cases, Func<int, Task> call)
    {
        var list = cases.ToList();
        var times = new double[list.Count];
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (k, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            await call(list[k]);
            times[k] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        elapsed[step] += stopwatch.Elapsed.TotalSeconds;
        latencies[step].AddRange(times);
    }
    var all = Enumerable.Range(from, to - from).ToList();
    var planned = all.Where(i => i % 3 != 0).ToList();
    await WaveAsync("request", all, async i => ids[i - from] = (await PostAsync(http, i, "/v1/ehc/requests", Request(i))).GetProperty("id").GetString()!);
    await WaveAsync("decide whether to assess", all, i => PostAsync(http, i, $"/v1/ehc/cases/{ids[i - from]}:decide-assessment", i % 3 == 0
        ? new { decision = "ASSESSMENT_DECISION_NOT_ASSESS", decidedOn = Day(i, 30), reason = "Needs can be met from SEN support" }
        : (object)new { decision = "ASSESSMENT_DECISION_ASSESS", decidedOn = Day(i, 30) }));
    await WaveAsync("decide to issue", planned, i => PostAsync(http, i, $"/v1/ehc/cases/{ids[i - from]}:decide-plan", new { decision = "ISSUE_DECISION_ISSUE", decidedOn = Day(i, 80) }));
    await WaveAsync("draft plan", planned, i => PostAsync(http, i, $"/v1/ehc/cases/{ids[i - from]}/drafts", new { plan = Plan(urn: null), issuedOn = Day(i, 90) }));
    await WaveAsync("final plan", planned, i => PostAsync(http, i, $"/v1/ehc/cases/{ids[i - from]}:issue-final",
        new { plan = Plan(urn: "100000"), issuedOn = Day(i, 130), familyRespondedOn = Day(i, 100) }));
    for (var year = 1; year <= reviews; year++)
    {
        var meeting = 130 + 365 * year - 20;
        await WaveAsync("annual review", planned, i => PostAsync(http, i, $"/v1/ehc/cases/{ids[i - from]}/reviews",
            new { meetingOn = Day(i, meeting), decision = "REVIEW_DECISION_MAINTAIN", decidedOn = Day(i, meeting + 14) }));
    }
    Console.WriteLine($"{name}: cases {from:N0} to {to:N0}");
    var results = new Dictionary<string, StepResult>();
    foreach (var step in steps.Where(s => latencies[s].Count > 0))
    {
        var times = latencies[step].ToArray();
        results[step] = new StepResult(times.Length, elapsed[step], times.Length / elapsed[step], Percentile(times, 0.5), Percentile(times, 0.95));
        Console.WriteLine($"  {step,-26} {times.Length,9:N0} calls in {elapsed[step],7:0.0} s ({times.Length / elapsed[step],6:N0}/s)  p50 {Percentile(times, 0.5),6:0.0} ms  p95 {Percentile(times, 0.95),6:0.0} ms");
    }
    return results;
}

// Every case's dates count from its request, by default far enough back (2019 on) that six annual reviews fit before today.
string Day(int i, int daysAfterRequest) => start.AddDays(i % 120 + daysAfterRequest).ToString("yyyy-MM-dd");

object Request(int i) => new
{
    idempotencyKey = $"bench-{run}-{i}",
    laCode = LaOf(i),
    source = "REQUEST_SOURCE_PARENT",
    receivedOn = Day(i, 0),
    child = new { givenName = "Bench", familyName = $"Case{i}", dateOfBirth = "2012-05-01", sex = "U", postcode = "OX1 1AA" },
};

static object Plan(string? urn) => new
{
    aViewsInterestsAspirations = new { text = "Wants to work with animals." },
    bSpecialEducationalNeeds = new { primaryNeedCode = "ASD" },
    cHealthNeeds = new { text = "" },
    dSocialCareNeeds = new { text = "" },
    eOutcomes = new { outcomes = new[] { new { id = "O1", description = "Hold a conversation with a familiar adult by July" } } },
    fSpecialEducationalProvision = new
    {
        items = new[] { new { outcomeIds = new[] { "O1" }, what = "Speech and language therapy", who = "Speech and language therapist", howOften = "Weekly, 45 minutes", howLong = "Until the next review" } },
    },
    gHealthProvision = new { items = Array.Empty<object>() },
    h1SocialCareProvisionCsdpa = new { items = Array.Empty<object>() },
    h2OtherSocialCareProvision = new { items = Array.Empty<object>() },
    iPlacement = new { provisionType = "MAINSTREAM", settingName = urn is null ? "" : "Oakfield Secondary", urn = urn ?? "" },
    jPersonalBudget = new { text = "" },
    kAdviceAndInformation = new { text = "Educational psychologist's advice" },
};

string LaOf(int i) => onlyLa ?? LocalAuthorities.All[i % LocalAuthorities.All.Count].LaCode;

// A refusal by the gateway's per-organisation rate limit (429, one LA calling alone) is waited out and retried, as a
// partner's client would: the step's time then includes the wait.
async Task<JsonElement> PostAsync(HttpClient http, int i, string path, object body)
{
    while (true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(body), Version = http.DefaultRequestVersion, VersionPolicy = http.DefaultVersionPolicy,
        };
        request.Headers.Authorization = new("Bearer", laTokens[LaOf(i)]);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Interlocked.Increment(ref throttled);
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(250));
            continue;
        }
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

async Task PublishStandardsAsync()
{
    // A set in force, so the final plans' section I is checked against provision matches, as in production.
    // Publishing needs ordinarily available provision for every need a mainstream setting meets.
    var ordinarilyAvailable = string.Join(",", PrimaryNeeds.All.Where(n => n.Code != "NSA")
        .Select(n => $$"""{"needCode":"{{n.Code}}","descriptors":["Adjustments in every classroom"]}"""));
    var content = $$$"""
        {"version":"2026.1","content":{"title":"National SEND standards 2026.1",
         "standards":[{"code":"IDN-01","title":"Identification","theme":"THEME_TIMELINESS",
           "requirements":[{"metricKey":"ehcp_issued_within_20_weeks","comparator":"COMPARATOR_AT_LEAST","threshold":60,"unit":"percent"}]}],
         "ordinarilyAvailable":[{{{ordinarilyAvailable}}}],
         "provisionMatches":[{"provisionType":"MAINSTREAM","needCodes":["ASD","SEMH"]}]}}
        """;
    foreach (var (path, body) in new[] { ("/v1/standards/sets", content), ("/v1/standards/sets/2026.1:publish", "{}") })
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", dfe);
        using var response = await gateway.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

static string ServiceMemory()
{
    foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
    {
        try
        {
            // The service itself, not the "dotnet run" that AppHost's DCP starts it with (whose arguments name the project too).
            var argv = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
            if (!argv[0].EndsWith("/SendPlatform.EhcAssessments", StringComparison.Ordinal) && !argv.Any(a => a.EndsWith("/SendPlatform.EhcAssessments.dll", StringComparison.Ordinal))) continue;
            var status = File.ReadAllLines(Path.Combine(dir, "status"));
            string Kb(string key) => status.Single(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim();
            return $"ehc-assessments memory: peak resident {Kb("VmHWM")}, resident now {Kb("VmRSS")}";
        }
        catch (IOException)
        {
        }
    }
    return "ehc-assessments memory: process not found";
}

static double Percentile(double[] values, double p)
{
    if (values.Length == 0) return 0;
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

internal sealed record StepResult(int Calls, double Seconds, double PerSecond, double P50, double P95);
