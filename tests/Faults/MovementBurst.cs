using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.Faults.Tests;

/// <summary>
/// Admissions of distinct pupils to one school, sent as an LA's case-management system would: batches of 100 through
/// the gateway, each item with its own idempotency key, and a batch that fails (an error, a timeout, a dropped
/// connection) sent again with the same keys until it is answered.
/// </summary>
public sealed class MovementBurst(HttpClient la, string schoolUrn, int run)
{
    public const int BatchSize = 100;

    public int Written { get; private set; }
    public int Acknowledged { get; private set; }
    public int Resent { get; private set; }

    /// <summary>Each failed attempt's answer: an HTTP status, or "connection" for a dropped or refused connection or a timeout.</summary>
    public Dictionary<string, int> Failures { get; } = [];

    /// <summary>The longest a batch took to be answered, retries included: how long the client felt the fault.</summary>
    public TimeSpan Slowest { get; private set; }

    /// <summary>What a client may retry with the same keys: the gateway or service unreachable, unavailable or timed out.</summary>
    public static readonly string[] Retryable = ["502", "503", "504", "connection"];

    public static string UpnOf(int run, int n) => Upn.Issue($"931{7000 + run:D4}{n / 1000 % 100:D2}{n % 1000:D3}").Value;

    public async Task SendBatchAsync(int batch)
    {
        var items = Enumerable.Range(batch * BatchSize, BatchSize).Select(n => new
        {
            upn = UpnOf(run, n),
            type = "MOVEMENT_TYPE_ADMISSION",
            effectiveDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"),
            toUrn = schoolUrn,
            idempotencyKey = $"faults-{run}-{n}",
            pupil = new { dateOfBirth = "2015-05-01", senProvision = "N" },
        }).ToList();
        Written += items.Count;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                using var response = await la.PostAsJsonAsync("/v1/movements:batch", new { items });
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Acknowledged += body.GetProperty("results").EnumerateArray().Count(r => r.TryGetProperty("recorded", out _));
                    if (started.Elapsed > Slowest) Slowest = started.Elapsed;
                    return;
                }
                if ((int)response.StatusCode is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout))
                {
                    throw new InvalidOperationException($"The batch was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                Count(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                // Sent again below with the same keys.
                Count("connection");
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Batch {batch} was not answered in 5 minutes.");
            Resent++;
            await Task.Delay(1000);
        }
    }

    private void Count(string failure)
    {
        lock (Failures) Failures[failure] = Failures.GetValueOrDefault(failure) + 1;
    }

    public string DescribeFailures() => Failures.Count == 0 ? "none" : string.Join(", ", Failures.OrderBy(f => f.Key).Select(f => $"{f.Key} x{f.Value}"));
}
