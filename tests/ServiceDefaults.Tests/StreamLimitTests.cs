using Google.Rpc;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.SharedKernel.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class StreamLimitTests
{
    private static readonly CallerOrganisation School = new(OrganisationType.School, "100000", null, new HashSet<string>());
    private static readonly CallerOrganisation La = new(OrganisationType.La, "100000", "931", new HashSet<string>());

    [Fact]
    public void The_item_past_the_limit_is_refused_as_resource_exhausted()
    {
        using var stream = new StreamLimit("test", 2, TimeSpan.FromMinutes(1), 100, 100).Start(School, CancellationToken.None);
        stream.Count();
        stream.Count();
        var refused = Assert.Throws<LimitExceededException>(stream.Count);
        Assert.Equal("A test stream carries at most 2 items; send the rest in another.", refused.Message);
        Assert.Equal((int)Code.ResourceExhausted, ErrorStatus.For(refused)!.Code);
        Assert.Equal(429, ErrorStatus.HttpStatus((int)Code.ResourceExhausted));
    }

    [Fact]
    public async Task A_stream_past_its_time_is_refused_but_a_client_that_goes_is_only_cancelled()
    {
        using (var stream = new StreamLimit("test", 10, TimeSpan.FromMilliseconds(50), 100, 100).Start(School, CancellationToken.None))
            await Assert.ThrowsAsync<LimitExceededException>(() => stream.RunAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); return 0; }));

        using var client = new CancellationTokenSource();
        using var aborted = new StreamLimit("test", 10, TimeSpan.FromMinutes(1), 100, 100).Start(School, client.Token);
        client.CancelAfter(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => aborted.RunAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); return 0; }));
    }

    // One item a second with bursts of five: the sixth item within the same second is over, whatever the machine's speed.
    [Fact]
    public void Items_past_the_callers_rate_are_refused_across_its_streams_and_batches_and_another_caller_keeps_its_own()
    {
        var limit = new StreamLimit("test", 1_000, TimeSpan.FromMinutes(1), ItemsPerSecond: 1, Burst: 5);
        using (var first = limit.Start(School, CancellationToken.None))
        {
            first.Count();
            first.Count();
        }
        limit.Take(School, 2);
        using var second = limit.Start(School, CancellationToken.None);
        second.Count();
        var refused = Assert.Throws<LimitExceededException>(second.Count);
        Assert.Equal("test may be sent at 1 items a second (bursts of 5); slow down and send the rest.", refused.Message);
        Assert.Throws<LimitExceededException>(() => limit.Take(School, 1));

        // The same id as another type of organisation is another caller.
        limit.Take(La, 5);
        Assert.Throws<LimitExceededException>(() => limit.Take(La, 1));
    }

    [Fact]
    public void A_batch_larger_than_a_burst_is_refused_whole_and_one_within_it_is_taken()
    {
        var limit = new StreamLimit("test", 1_000, TimeSpan.FromMinutes(1), ItemsPerSecond: 1, Burst: 5);
        Assert.Throws<LimitExceededException>(() => limit.Take(School, 6));
        var roomy = new StreamLimit("test", 1_000, TimeSpan.FromMinutes(1), ItemsPerSecond: 1_000, Burst: 10);
        roomy.Take(School, 10);
    }
}
