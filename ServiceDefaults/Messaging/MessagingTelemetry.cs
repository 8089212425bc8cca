namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>The meter the messaging gauges report on. They carry queue names and counts only, never message content.</summary>
public static class MessagingTelemetry
{
    public const string MeterName = "SendPlatform.Messaging";
}
