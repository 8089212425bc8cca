using SendPlatform.SharedKernel.Identifiers;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using SendPlatform.Bench.Funding;
using SendPlatform.Contracts.Funding.V1;
using SendPlatform.FundingBands.Api;
using SendPlatform.FundingBands.Domain.Pricing;
using SendPlatform.SharedKernel.Errors;

// Usage: FundingBench [--placements 640000] [--rest http://127.0.0.1:5080] [--grpc http://127.0.0.1:5081]
var count = int.Parse(Option("--placements") ?? "640000");
var rest = Option("--rest") ?? "http://127.0.0.1:5080";
var grpc = Option("--grpc") ?? "http://127.0.0.1:5081";
const string la = "931";
var header = new HighNeedsEstimateHeader { LaCode = la, FinancialYear = "2026-27", HighNeedsBudgetPence = 4_000_000_000_00 };

var placements = SyntheticPlacements.Generate(count);
var provisionTypes = SyntheticPlacements.Provision.Select(p => p.Code).ToHashSet();
Console.WriteLine($"{count:N0} synthetic placements (seed 2026), LA {la}, 2026-27");

// Baseline: the same parse-and-price path the service runs, in this process, no network.
var v = new Violations();
var content = FrameworkValidation.Content(SyntheticPlacements.Framework(), provisionTypes, v);
if (v.Any) throw new InvalidOperationException(string.Join("; ", v.Items));
var frameworks = new PublishedFrameworks([new PublishedFramework("2026-27.v1", new FinancialYear(2026), 1, new DateOnly(2026, 4, 1), content)]);
HighNeedsEstimate inProcess = null!;
var inProcessSeconds = Measure(() =>
{
    var estimator = new HighNeedsEstimator(la, new FinancialYear(2026), 4_000_000_000m, frameworks);
    foreach (var p in placements) HighNeedsEstimation.Add(estimator, p, provisionTypes);
    inProcess = HighNeedsEstimation.ToProto(estimator);
});
Report("in-process", inProcessSeconds, inProcess);

// Through the gateway: a DfE token, the same framework published, then one client stream of every placement.
using var http = new HttpClient { BaseAddress = new Uri(rest) };
var token = (await (await http.PostAsJsonAsync("/dev/token", new { org_type = "dfe", org_id = "bench" })).Content.ReadFromJsonAsync<JsonElement>())
    .GetProperty("access_token").GetString()!;
http.DefaultRequestHeaders.Authorization = new("Bearer", token);
if (!(await http.GetAsync("/v1/funding/frameworks/2026-27")).IsSuccessStatusCode)
{
    var create = JsonFormatter.Default.Format(new CreateFrameworkRequest { FinancialYear = "2026-27", IdempotencyKey = "bench-2026-27", Content = SyntheticPlacements.Framework() });
    var created = await http.PostAsync("/v1/funding/frameworks", new StringContent(create, System.Text.Encoding.UTF8, "application/json"));
    var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
    (await http.PostAsync($"/v1/funding/frameworks/{id}:publish", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
}
using var channel = GrpcChannel.ForAddress(grpc);
var client = new FundingPricing.FundingPricingClient(channel);
var headers = new Metadata { { "authorization", "Bearer " + token } };
HighNeedsEstimate viaGateway = null!;
var stopwatch = Stopwatch.StartNew();
using (var call = client.EstimateHighNeeds(headers))
{
    await call.RequestStream.WriteAsync(new EstimateHighNeedsRequest { Header = header });
    foreach (var p in placements) await call.RequestStream.WriteAsync(new EstimateHighNeedsRequest { Placement = p });
    await call.RequestStream.CompleteAsync();
    viaGateway = await call;
}
var gatewaySeconds = stopwatch.Elapsed.TotalSeconds;
Report("gateway gRPC stream", gatewaySeconds, viaGateway);

Console.WriteLine($"ratio: gateway stream takes {gatewaySeconds / inProcessSeconds:0.0}x the in-process time (baseline measured in this run)");
var same = inProcess.ForecastSpendPence == viaGateway.ForecastSpendPence && inProcess.PlacementsPriced == viaGateway.PlacementsPriced;
Console.WriteLine(same ? "totals agree to the penny" : "TOTALS DIFFER");
return same ? 0 : 1;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static double Measure(Action action)
{
    var stopwatch = Stopwatch.StartNew();
    action();
    return stopwatch.Elapsed.TotalSeconds;
}

void Report(string what, double seconds, HighNeedsEstimate estimate) =>
    Console.WriteLine($"{what,-20} {seconds,7:0.00} s  {count / seconds,10:N0} placements/s  priced {estimate.PlacementsPriced:N0}, rejected {estimate.PlacementsRejected:N0}, forecast £{estimate.ForecastSpendPence / 100m:N2}");
