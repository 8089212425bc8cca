using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class RegisteredSettingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_newer_register_entry_moves_the_setting_and_an_older_one_arriving_late_changes_nothing()
    {
        var setting = RegisteredSetting.For("300200", "202", "MAINSTREAM", At);
        setting.Update("203", "STATE_SPECIAL", At.AddMinutes(1));
        setting.Update("204", "AP", At.AddSeconds(30));
        setting.Update("205", "AP", At.AddMinutes(1));
        Assert.Equal(("203", "STATE_SPECIAL", At.AddMinutes(1)), (setting.LaCode, setting.ProvisionType, setting.UpdatedAt));
    }
}
