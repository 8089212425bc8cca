using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class OutboxOptionsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 16)]
    [InlineData(9, 256)]
    [InlineData(10, 300)]
    [InlineData(60, 300)]
    public void Failed_publishes_back_off_exponentially_up_to_five_minutes(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new OutboxOptions().Backoff(attempts));
}
