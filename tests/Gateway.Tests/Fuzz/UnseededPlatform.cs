using SendPlatform.Gateway.Tests.Access;
using SendPlatform.PupilMovements.Api;
using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests.Fuzz;

/// <summary>The whole platform behind the gateway with nothing made in it: the fuzz run's own, so its writes touch no other test's records.</summary>
public sealed class UnseededPlatform : PlatformBehindGateway
{
    protected override Task SeedAsync(ServiceFactory<MovementsApi> movements) => Task.CompletedTask;
}
