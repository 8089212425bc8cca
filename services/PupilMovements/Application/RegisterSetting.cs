using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Application;

/// <summary>Keeps this service's copy of where each setting is, and its provision type, from the settings register's announcements.</summary>
public sealed class RegisterSetting(MovementsDbContext db)
{
    public async Task ApplyAsync(string urn, string laCode, string provisionType, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.FindAsync([urn], cancellationToken);
        if (setting is null) db.Settings.Add(RegisteredSetting.For(urn, laCode, provisionType, updatedAt));
        else setting.Update(laCode, provisionType, updatedAt);
    }
}
