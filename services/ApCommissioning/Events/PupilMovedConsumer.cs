using SendPlatform.ApCommissioning.Application;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ApCommissioning.Events;

/// <summary>A deletion from a roll may leave an open placement to review; the inbox makes a redelivery change nothing.</summary>
public sealed class PupilMovedConsumer(ApDbContext db, FlagDeletedPlacements flagging) : IdempotentConsumer<PupilMoved, ApDbContext>(db)
{
    protected override Task HandleAsync(PupilMoved e, CancellationToken cancellationToken) =>
        e.Type == "Deletion" && e.FromUrn is { } from ? flagging.FlagAsync(e.Upn, from, e.EffectiveDate, cancellationToken) : Task.CompletedTask;
}
