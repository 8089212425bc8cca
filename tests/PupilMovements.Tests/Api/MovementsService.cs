using SendPlatform.PupilMovements.Api;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

public sealed class MovementsService() : ServiceUnderTest<MovementsApi>("movementsdb")
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Factory.RegisterAsync(SettingsRegister.InArea931);
    }
}
