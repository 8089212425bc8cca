using SendPlatform.ServiceDefaults.Messaging.Watchdog;

namespace SendPlatform.ServiceDefaults.Tests;

/// <summary>When the watchdog restarts the bus: consumers gone a whole grace with the broker answering, and not before.</summary>
public sealed class ConsumersLostTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    [Fact]
    public void Consumers_gone_for_the_whole_grace_with_the_broker_up_restart_the_bus_once_then_the_count_starts_again()
    {
        var lost = new ConsumersLost(Grace);
        Assert.False(lost.RestartDue(consumersReady: false, brokerReachable: true, T0));
        Assert.False(lost.RestartDue(false, true, T0 + Grace - TimeSpan.FromSeconds(1)));
        Assert.True(lost.RestartDue(false, true, T0 + Grace));
        // Still down just after the restart: a whole grace again before the next one.
        Assert.False(lost.RestartDue(false, true, T0 + Grace + TimeSpan.FromSeconds(15)));
        Assert.False(lost.RestartDue(false, true, T0 + Grace + Grace));
        Assert.True(lost.RestartDue(false, true, T0 + Grace + TimeSpan.FromSeconds(15) + Grace));
    }

    [Fact]
    public void Consumers_back_for_a_moment_start_the_count_again()
    {
        var lost = new ConsumersLost(Grace);
        Assert.False(lost.RestartDue(false, true, T0));
        Assert.False(lost.RestartDue(true, true, T0 + TimeSpan.FromMinutes(1)));
        Assert.False(lost.RestartDue(false, true, T0 + TimeSpan.FromMinutes(1.5)));
        Assert.False(lost.RestartDue(false, true, T0 + Grace + TimeSpan.FromSeconds(1)));
        Assert.True(lost.RestartDue(false, true, T0 + TimeSpan.FromMinutes(1.5) + Grace));
    }

    [Fact]
    public void With_the_broker_away_nothing_could_reconnect_so_the_outage_never_counts()
    {
        var lost = new ConsumersLost(Grace);
        for (var minute = 0; minute <= 30; minute++) Assert.False(lost.RestartDue(false, brokerReachable: false, T0 + TimeSpan.FromMinutes(minute)));
        // The broker back: MassTransit has its grace to reconnect from that moment.
        Assert.False(lost.RestartDue(false, true, T0 + TimeSpan.FromMinutes(31)));
        Assert.True(lost.RestartDue(false, true, T0 + TimeSpan.FromMinutes(31) + Grace));
    }

    [Theory]
    [InlineData("00:00:15", "00:02:00", true)]
    [InlineData("00:00:15", "00:00:15", true)]
    [InlineData("00:00:00", "00:02:00", false)]
    [InlineData("00:00:15", "00:00:10", false)]
    public void Settings_need_a_positive_interval_and_a_grace_of_at_least_one_interval(string interval, string grace, bool valid) =>
        Assert.Equal(valid, new WatchdogSettings { Interval = TimeSpan.Parse(interval), Grace = TimeSpan.Parse(grace) }.IsValid);
}
