using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SendPlatform.Gateway.Audit;

namespace SendPlatform.Gateway.Tests.Audit;

public sealed class AuditTrailTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "send-audit-test-" + Guid.NewGuid().ToString("N"));

    private AuditTrail Trail(int queueLength, string? syncInterval = null, TimeProvider? clock = null) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Audit:Directory"] = _directory,
            ["Audit:QueueLength"] = queueLength.ToString(),
            ["Audit:SyncInterval"] = syncInterval,
        }).Build(),
        new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, clock ?? TimeProvider.System, NullLogger<AuditTrail>.Instance);

    private string TodaysFile => Path.Combine(_directory, $"audit-{DateTime.UtcNow:yyyy-MM-dd}.log");

    private static async Task Until(Func<bool> condition, string what)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 10_000, $"Not within 10 s: {what}.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Every_line_queued_before_shutdown_is_on_disk_in_order_when_the_trail_is_disposed_even_past_a_full_queue()
    {
        // A queue of 16 and 20,000 lines written as fast as they can be: callers wait for room rather than lose a line.
        var trail = Trail(queueLength: 16);
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 5_000; i++) await trail.WriteAsync($"audit writer={w} n={i}");
        })).ToArray();
        await Task.WhenAll(writers);
        await trail.DisposeAsync();

        var file = Assert.Single(Directory.GetFiles(_directory));
        Assert.Equal($"audit-{DateTime.UtcNow:yyyy-MM-dd}.log", Path.GetFileName(file));
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal(20_000, lines.Length);
        Assert.Equal(20_000, trail.LinesOnDisk);
        for (var w = 0; w < 4; w++)
            Assert.Equal(Enumerable.Range(0, 5_000).Select(i => $"audit writer={w} n={i}"), lines.Where(l => l.StartsWith($"audit writer={w} ")));
    }

    [Fact]
    public async Task A_line_is_in_the_file_within_a_drain_and_forced_to_disk_once_the_sync_interval_has_passed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var trail = Trail(queueLength: 100, syncInterval: "00:01:00", clock: clock);
        await trail.WriteAsync("audit n=1");
        await Until(() => File.Exists(TodaysFile) && File.ReadAllText(TodaysFile) == "audit n=1\n", "the line written to the file");
        await trail.WriteAsync("audit n=2");
        await Until(() => File.ReadAllText(TodaysFile) == "audit n=1\naudit n=2\n", "the second line written to the file");
        Assert.Equal(0, trail.LinesOnDisk);

        clock.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(200);
        Assert.Equal(0, trail.LinesOnDisk);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Until(() => trail.LinesOnDisk == 2, "both lines forced to disk at the interval");
        await trail.DisposeAsync();
    }

    [Fact]
    public async Task With_a_zero_sync_interval_every_drain_is_forced_to_disk()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var trail = Trail(queueLength: 100, syncInterval: "00:00:00", clock: clock);
        await trail.WriteAsync("audit n=1");
        await Until(() => trail.LinesOnDisk == 1, "the line forced to disk without the clock moving");
        await trail.DisposeAsync();
    }

    [Fact]
    public async Task A_restart_appends_to_the_days_file()
    {
        var first = Trail(queueLength: 100);
        await first.WriteAsync("audit n=1");
        await first.DisposeAsync();
        var second = Trail(queueLength: 100);
        await second.WriteAsync("audit n=2");
        await second.DisposeAsync();
        Assert.Equal(["audit n=1", "audit n=2"], await File.ReadAllLinesAsync(Assert.Single(Directory.GetFiles(_directory))));
    }

    [Fact]
    public async Task A_line_that_cannot_be_written_is_retried_until_it_can_and_not_lost()
    {
        var trail = Trail(queueLength: 100);
        // The directory is replaced by a file of the same name, so the day's file cannot be opened.
        Directory.Delete(_directory);
        await File.WriteAllTextAsync(_directory, "");
        await trail.WriteAsync("audit n=1");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        File.Delete(_directory);
        Directory.CreateDirectory(_directory);
        await trail.DisposeAsync();
        Assert.Equal(["audit n=1"], await File.ReadAllLinesAsync(Assert.Single(Directory.GetFiles(_directory))));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_queue_with_no_room_is_refused_at_start_up(string queueLength)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new AuditTrail(new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { ["Audit:Directory"] = _directory, ["Audit:QueueLength"] = queueLength }).Build(),
            new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, TimeProvider.System, NullLogger<AuditTrail>.Instance));
        Assert.Contains("Audit:QueueLength", refused.Message);
    }

    [Fact]
    public async Task A_days_last_lines_are_forced_to_disk_before_the_next_days_file_is_opened()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 23, 59, 59, TimeSpan.Zero));
        var trail = Trail(queueLength: 100, syncInterval: "01:00:00", clock: clock);
        await trail.WriteAsync("audit n=1");
        var first = Path.Combine(_directory, "audit-2026-12-02.log");
        await Until(() => File.Exists(first) && File.ReadAllText(first) == "audit n=1\n", "the first day's line written");
        Assert.Equal(0, trail.LinesOnDisk);

        clock.Advance(TimeSpan.FromSeconds(2));
        await trail.WriteAsync("audit n=2");
        var second = Path.Combine(_directory, "audit-2026-12-03.log");
        await Until(() => File.Exists(second) && File.ReadAllText(second) == "audit n=2\n", "the next day's line in its own file");
        // The hour has not passed: only the closed day's line was forced.
        Assert.Equal(1, trail.LinesOnDisk);
        await trail.DisposeAsync();
        Assert.Equal(2, trail.LinesOnDisk);
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("soon")]
    public void A_negative_or_unreadable_sync_interval_is_refused_at_start_up(string syncInterval)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Trail(queueLength: 100, syncInterval: syncInterval));
        Assert.Contains("Audit:SyncInterval", refused.Message);
    }

    [Fact]
    public void The_gateway_does_not_start_without_a_directory_for_its_trail()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new AuditTrail(new ConfigurationBuilder().Build(),
            new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, TimeProvider.System, NullLogger<AuditTrail>.Instance));
        Assert.Contains("Audit:Directory", refused.Message);
    }

    public void Dispose()
    {
        if (File.Exists(_directory)) File.Delete(_directory);
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
