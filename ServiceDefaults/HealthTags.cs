namespace SendPlatform.ServiceDefaults;

/// <summary>"live" checks answer /alive (is the process working); "ready" checks answer /health (can it serve).</summary>
public static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";
}
