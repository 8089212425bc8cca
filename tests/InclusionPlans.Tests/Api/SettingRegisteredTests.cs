using SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionPlans.Tests.Api;

/// <summary>The register tells other services where each setting is, once per new setting or change of area or type.</summary>
public sealed class SettingRegisteredTests(PlansWithStandardsService service) : IClassFixture<PlansWithStandardsService>
{
    private static Setting Row(string urn, string la, string type = "MAINSTREAM") => new()
    {
        Urn = urn, Name = $"Setting {urn}", LaCode = la, ProvisionType = type, Phase = Phase.Primary, AgeFrom = 4, AgeTo = 11,
        Latitude = 53.48, Longitude = -2.24, Places = { new NeedPlaces { NeedCode = "ASD", Places = 5 } },
    };

    [Fact]
    public async Task A_new_setting_or_a_change_of_area_is_announced_and_other_edits_are_not()
    {
        await using var observer = await BrokerObserver.StartAsync<SettingRegistered>(service.MessagingConnectionString);
        var settings = new Settings.SettingsClient(service.Factory.GrpcAs(TestOrganisation.Dfe));
        await settings.UpsertSettingAsync(new UpsertSettingRequest { Setting = Row("500001", "931") });
        var renamed = Row("500001", "931");
        renamed.Name = "Renamed";
        await settings.UpsertSettingAsync(new UpsertSettingRequest { Setting = renamed });
        await settings.UpsertSettingAsync(new UpsertSettingRequest { Setting = Row("500001", "202") });
        using (var load = settings.LoadSettings())
        {
            await load.RequestStream.WriteAsync(Row("500002", "931"));
            await load.RequestStream.WriteAsync(Row("500001", "202"));
            await load.RequestStream.CompleteAsync();
            Assert.Equal(2, (await load).Loaded);
        }

        await Eventually.Get(() => Task.FromResult(observer.Received.Count), n => n >= 3, "SettingRegistered");
        await Task.Delay(1000);
        Assert.Equal(["500001:202", "500001:931", "500002:931"],
            observer.Received.Select(r => $"{r.Message.GetProperty("urn").GetString()}:{r.Message.GetProperty("laCode").GetString()}").Order());
    }
}
