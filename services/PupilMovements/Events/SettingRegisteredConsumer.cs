using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Events;

public sealed class SettingRegisteredConsumer(MovementsDbContext db, RegisterSetting register) : IdempotentConsumer<SettingRegistered, MovementsDbContext>(db)
{
    protected override Task HandleAsync(SettingRegistered e, CancellationToken cancellationToken) =>
        register.ApplyAsync(e.Urn, e.LaCode, e.ProvisionType, e.UpdatedAt, cancellationToken);
}
