namespace SendPlatform.ServiceDefaults.Messaging.Watchdog;

/// <summary>
/// When the consumers have been gone long enough to be dead rather than reconnecting: lost only counts while the broker
/// answers (with it away nothing could reconnect), any moment the consumers are back starts the count again, and a
/// restart starts it again too, so a restart that does not help is retried a whole grace later, not at once.
/// </summary>
public sealed class ConsumersLost(TimeSpan grace)
{
    private DateTimeOffset? _since;

    /// <summary>Records one look; true when the bus should restart now.</summary>
    public bool RestartDue(bool consumersReady, bool brokerReachable, DateTimeOffset now)
    {
        if (consumersReady || !brokerReachable)
        {
            _since = null;
            return false;
        }
        _since ??= now;
        if (now - _since < grace) return false;
        _since = null;
        return true;
    }
}
