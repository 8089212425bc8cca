using System.Net;
using System.Text.Json;
using SendPlatform.Gateway.Tests.Access;
using SendPlatform.TestKit;
using Xunit.Abstractions;
using Ap = SendPlatform.Contracts.Ap.V1;
using Funding = SendPlatform.Contracts.Funding.V1;
using Inclusion = SendPlatform.Contracts.Inclusion.V1;
using Movements = SendPlatform.Contracts.Movements.V1;
using Standards = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.Gateway.Tests.Fuzz;

/// <summary>
/// Malformed requests (<see cref="FuzzCases"/>) through the gateway to all seven services: none may get a 5xx (or a
/// gRPC UNKNOWN, INTERNAL, UNAVAILABLE, DATA_LOSS or DEADLINE_EXCEEDED, which are a 5xx's equivalents), every REST
/// 4xx must carry the documented google.rpc.Status body, every gRPC answer a grpc-status, and every service must answer
/// its health check and a well-formed call afterwards. FUZZ_CASES and FUZZ_SEED size and seed the run (2,000 and a
/// fixed seed in the suite; bench/fuzz.sh sends more).
/// </summary>
public sealed class FuzzTests(UnseededPlatform platform, ITestOutputHelper output) : IClassFixture<UnseededPlatform>
{
    private static readonly HashSet<int> ServerFaults = [2, 4, 13, 14, 15];

    /// <summary>
    /// The gRPC library's own answers to frames it cannot read, which the gRPC specification has it give as INTERNAL
    /// (and an HTTP 415 for a body that is not gRPC at all); no code of ours runs for them.
    /// </summary>
    private static readonly string[] FramingErrors =
    [
        "Incomplete message.", "Additional data after the message received.", "Request did not include grpc-encoding value with compressed message.",
        "Content-Type '",
    ];

    [Fact]
    public async Task Malformed_requests_get_a_documented_refusal_never_a_server_error_and_every_service_stays_healthy()
    {
        var count = int.Parse(Environment.GetEnvironmentVariable("FUZZ_CASES") ?? "2000");
        var seed = int.Parse(Environment.GetEnvironmentVariable("FUZZ_SEED") ?? "20261130");
        using var client = platform.Gateway.CreateClient();
        var tokens = Callers.All.Where(c => c.Organisation() is not null).ToDictionary(c => c, c => TestTokens.For(c.Organisation()!));
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var fuzz in new FuzzCases(seed).Take(count))
        {
            using var request = new HttpRequestMessage(fuzz.Method, fuzz.Path) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
            if (fuzz.Body.Length > 0 || fuzz.IsGrpc)
            {
                request.Content = new ByteArrayContent(fuzz.Body);
                if (fuzz.ContentType.Length > 0) request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
            }
            if (fuzz.IsGrpc) request.Headers.TryAddWithoutValidation("TE", "trailers");
            if (tokens.TryGetValue(fuzz.Caller, out var token)) request.Headers.Authorization = new("Bearer", token);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var (outcome, problem) = Judge(response, body);
            outcomes[$"{fuzz.Kind} {outcome}"] = outcomes.GetValueOrDefault($"{fuzz.Kind} {outcome}") + 1;
            if (problem is not null) failures.Add($"{problem} <- {fuzz.Kind} {fuzz.Method} {fuzz.Path[..Math.Min(fuzz.Path.Length, 120)]} as {fuzz.Caller} ({fuzz.Body.Length} bytes {fuzz.ContentType})");
        }
        foreach (var (outcome, n) in outcomes) output.WriteLine($"{n,7} {outcome}");
        output.WriteLine($"{count} cases, seed {seed}, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.GroupBy(f => f[..Math.Min(f.Length, 60)]).Select(g => $"{g.Count()}x {g.First()[..Math.Min(g.First().Length, 400)]}")));

        await AssertHealthyAsync();
    }

    /// <summary>What came back, and what is wrong with it (null when it is a documented answer).</summary>
    private static (string Outcome, string? Problem) Judge(HttpResponseMessage response, byte[] body)
    {
        var grpcStatus = response.TrailingHeaders.TryGetValues("grpc-status", out var trailer) ? trailer.First()
            : response.Headers.TryGetValues("grpc-status", out var header) ? header.First() : null;
        if (grpcStatus is not null)
        {
            var code = int.Parse(grpcStatus);
            var message = Message(response);
            if (code == 13 && FramingErrors.Any(message.StartsWith)) return ("grpc framing refused by the gRPC library (13)", null);
            return ($"grpc-status {code}", (int)response.StatusCode >= 500 || ServerFaults.Contains(code)
                ? $"HTTP {(int)response.StatusCode}, grpc-status {code}: {message}" : null);
        }
        var status = (int)response.StatusCode;
        if (status >= 500) return ($"HTTP {status}", $"HTTP {status}: {Text(body)}");
        if (status < 400) return ($"HTTP {status}", null);
        try
        {
            using var json = JsonDocument.Parse(body);
            var shaped = json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number
                && json.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String;
            return ($"HTTP {status}", shaped ? null : $"HTTP {status} without a google.rpc.Status body: {Text(body)}");
        }
        catch (JsonException)
        {
            return ($"HTTP {status}", $"HTTP {status} without a google.rpc.Status body: {Text(body)}");
        }
    }

    private static string Message(HttpResponseMessage response) =>
        response.TrailingHeaders.TryGetValues("grpc-message", out var m) || response.Headers.TryGetValues("grpc-message", out m) ? Uri.UnescapeDataString(m.First()) : "";

    private static string Text(byte[] body) => body.Length == 0 ? "(empty)" : System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)]);

    private async Task AssertHealthyAsync()
    {
        foreach (var (name, address) in platform.ServiceAddresses)
        {
            using var direct = new HttpClient { BaseAddress = new Uri(address), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
            Assert.Equal((name, HttpStatusCode.OK), (name, (await direct.GetAsync("/health")).StatusCode));
        }
        var la = platform.Grpc(Caller.OwningLa);
        await new Standards.ReferenceData.ReferenceDataClient(la).ListNeedTypesAsync(new Standards.ListNeedTypesRequest());
        await new Funding.FundingFrameworks.FundingFrameworksClient(la).ListFrameworksAsync(new Funding.ListFrameworksRequest());
        await new Movements.PupilMovements.PupilMovementsClient(la).ListMovementsAsync(new Movements.ListMovementsRequest { LaCode = "931" });
        await new Ap.ApProviders.ApProvidersClient(la).ListProvidersAsync(new Ap.ListProvidersRequest { LaCode = "931" });
        await new Inclusion.Settings.SettingsClient(la).ListSettingsAsync(new Inclusion.ListSettingsRequest { LaCode = "931" });
    }
}
