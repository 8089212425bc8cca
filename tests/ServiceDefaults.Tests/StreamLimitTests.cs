using Google.Rpc;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.SharedKernel.Errors;
using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class StreamLimitTests
{
    [Fact]
    public void The_item_past_the_limit_is_refused_as_resource_exhausted()
    {
        using var stream = new StreamLimit("test", 2, TimeSpan.FromMinutes(1)).Start(CancellationToken.None);
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
        using (var stream = new StreamLimit("test", 10, TimeSpan.FromMilliseconds(50)).Start(CancellationToken.None))
            await Assert.ThrowsAsync<LimitExceededException>(() => stream.RunAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); return 0; }));

        using var client = new CancellationTokenSource();
        using var aborted = new StreamLimit("test", 10, TimeSpan.FromMinutes(1)).Start(client.Token);
        client.CancelAfter(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => aborted.RunAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); return 0; }));
    }
}
