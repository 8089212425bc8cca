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
                    return;
                }
                if ((int)response.StatusCode is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout))
                {
                    throw new InvalidOperationException($"The batch was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                // Retryable: sent again below with the same keys.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Batch {batch} was not answered in 5 minutes.");
            Resent++;
            await Task.Delay(1000);
        }
    }
}
