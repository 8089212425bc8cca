using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class RedeliverySettingsTests
{
    [Fact]
    public void The_default_schedule_waits_out_more_than_an_hour()
    {
        var settings = new RedeliverySettings();
        Assert.True(settings.IsValid);
        Assert.Equal(TimeSpan.FromMinutes(81).Add(TimeSpan.FromSeconds(10)), settings.Schedule.Aggregate(TimeSpan.Zero, (a, b) => a + b));
    }

    [Fact]
    public void Configured_delays_replace_the_default_schedule()
    {
        Assert.Equal([TimeSpan.FromSeconds(5)], new RedeliverySettings { Delays = [TimeSpan.FromSeconds(5)] }.Schedule);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(3, 0)]
    [InlineData(3, 200_000)]
    public void A_negative_or_unbounded_retry_or_a_delay_outside_1_s_to_1_day_is_refused(int immediateRetries, int delaySeconds)
    {
        Assert.False(new RedeliverySettings { ImmediateRetries = immediateRetries, Delays = [TimeSpan.FromSeconds(delaySeconds)] }.IsValid);
    }
}
