using SendPlatform.ApCommissioning.Application;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.ApCommissioning.Events;

/// <summary>
/// A deletion from a roll may leave an open placement to review; the inbox makes a redelivery change nothing. Taken in
/// batches (most movements are admissions, with nothing to do here but the claim), one commit each; every deletion is
/// saved before the next is looked at, as it would be alone.
/// </summary>
public sealed class PupilMovedConsumer(ApDbContext db, BatchFailureRouting routing, FlagDeletedPlacements flagging)
    : IdempotentChunkConsumer<PupilMoved, PupilsMoved, ApDbContext>(db, routing)
{
    protected override async Task HandleAsync(IReadOnlyList<PupilMoved> movements, CancellationToken cancellationToken)
    {
        foreach (var e in movements.Where(e => e.Type == "Deletion" && e.FromUrn is not null))
        {
            await flagging.FlagAsync(e.Upn, e.FromUrn!, e.EffectiveDate, cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
        }
    }
}
