using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.PupilMovements.Events;

/// <summary>Settings arrive in bursts (a bulk load of the register), so they are taken in batches: one query and one commit a batch.</summary>
public sealed class SettingRegisteredConsumer(MovementsDbContext db, BatchFailureRouting routing, RegisterSetting register)
    : IdempotentBatchConsumer<SettingRegistered, MovementsDbContext>(db, routing)
{
    protected override Task HandleAsync(IReadOnlyList<SettingRegistered> settings, CancellationToken cancellationToken) =>
        register.ApplyAllAsync([.. settings.Select(s => new RegisterSetting.Entry(s.Urn, s.LaCode, s.ProvisionType, s.UpdatedAt))], cancellationToken);
}
