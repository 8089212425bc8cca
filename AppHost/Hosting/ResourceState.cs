namespace SendPlatform.AppHost.Hosting;

public enum ResourceState
{
    Pending,
    Starting,
    Running,
    Failed,
    Exited,
    Stopped,
}
