using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.InclusionPlans.Events;

/// <summary>
/// Filled places follow pupil movements (see Occupancy for which count); the inbox makes a redelivery change nothing.
/// Movements arrive in bursts (termly returns), so they are taken in batches: a batch's changes are netted per setting
/// and written together (OccupancyLedger).
/// </summary>
public sealed class PupilMovedConsumer(PlansDbContext db, BatchFailureRouting routing, TimeProvider clock)
    : IdempotentChunkConsumer<PupilMoved, PupilsMoved, PlansDbContext>(db, routing)
{
    protected override Task HandleAsync(IReadOnlyList<PupilMoved> events, CancellationToken cancellationToken) =>
        Db.ApplyAsync([.. events.SelectMany(e => Occupancy.OfMovement(e.Type, e.FromUrn, e.ToUrn))], clock.GetStorageNow(), cancellationToken);
}

/// <summary>A pupil placed at an AP setting fills one of its places.</summary>
public sealed class ApPlacementStartedConsumer(PlansDbContext db, TimeProvider clock) : IdempotentConsumer<ApPlacementStarted, PlansDbContext>(db)
{
    protected override Task HandleAsync(ApPlacementStarted e, CancellationToken cancellationToken) =>
        Db.ApplyAsync(Occupancy.OfPlacementStart(e.Tier, e.ProviderUrn), clock.GetStorageNow(), cancellationToken);
}

/// <summary>An AP placement ending frees its place.</summary>
public sealed class ApPlacementEndedConsumer(PlansDbContext db, TimeProvider clock) : IdempotentConsumer<ApPlacementEnded, PlansDbContext>(db)
{
    protected override Task HandleAsync(ApPlacementEnded e, CancellationToken cancellationToken) =>
        Db.ApplyAsync(Occupancy.OfPlacementEnd(e.Tier, e.ProviderUrn), clock.GetStorageNow(), cancellationToken);
}
