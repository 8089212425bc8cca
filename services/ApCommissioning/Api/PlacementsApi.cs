using SendPlatform.ServiceDefaults.Identifiers;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.ServiceDefaults.Messaging;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>
/// Placing pupils in commissioned places and ending placements. Placements at one provider take turns on an
/// advisory lock, so neither a place nor the unregistered-provider limit can be taken twice by requests at once.
/// </summary>
public sealed class PlacementsApi(ApDbContext db, TimeProvider clock) : Proto.ApPlacements.ApPlacementsBase
{
    public override async Task<Proto.Placement> PlacePupil(Proto.PlacePupilRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var now = clock.GetStorageNow();
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var placement = PlacementValidation.Placement(request, EnglandCalendar.DateOf(now), v);
        v.ThrowIfAny();
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == placement!.CommissionId, context.CancellationToken)
            ?? throw new NotFoundException("AP commission", request.CommissionId);
        caller.RequireLocalAuthorityOf(commission.LaCode, "place pupils in its commissioned places");
        var placed = await db.CreateOnceAsync(key, (k, ct) => FirstAsync(caller, k, ct), async cancellationToken =>
        {
            PlacementRules.CheckTier(commission.Tier, placement!, v);
            v.ThrowIfAny();
            PlacementRules.CheckCommission(commission, placement!);
            var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == commission.ProviderId, cancellationToken);
            ApPlacement? created = null;
            await InProviderTransactionAsync(provider.Id, async ct =>
            {
                var open = await db.Placements.AsNoTracking()
                    .Where(p => p.ProviderId == provider.Id && (p.EndDate == null || p.EndDate >= placement!.Start)).ToListAsync(ct);
                var fullTimeOfCompulsoryAge = open.Count(p => p.FullTime && CompulsorySchoolAge.On(p.Pupil.DateOfBirth, placement!.Start));
                PlacementRules.CheckUnregistered(provider, placement!, fullTimeOfCompulsoryAge);
                var place = PlacementRules.FreePlace(commission, open.Where(p => p.CommissionId == commission.Id).Select(p => p.PlaceNumber));
                created = ApPlacement.Place(placement!, commission, place, caller.OrgId, key, now);
                db.Placements.Add(created);
                db.EnqueueIntegrationEvent(PlacementMapping.Started(created, provider.Urn, now));
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return created!;
        }, context.CancellationToken);
        return placed.ToProto();
    }

    public override async Task<Proto.Placement> GetPlacement(Proto.GetPlacementRequest request, ServerCallContext context)
    {
        var placement = await FindAsync(request.Id, context.CancellationToken);
        var caller = context.GetCaller();
        if (caller.IsLocalAuthorityOf(placement.LaCode)) return placement.ToProto();
        var isProvider = caller.Type is OrganisationType.ApProvider or OrganisationType.School
            && await db.Providers.AnyAsync(p => p.Id == placement.ProviderId && p.Urn == caller.OrgId, context.CancellationToken);
        if (!isProvider) caller.RequireLocalAuthorityOf(placement.LaCode, "read this placement (or its provider)");
        return placement.ToProto();
    }

    public override async Task<Proto.Placement> EndPlacement(Proto.EndPlacementRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var ending = PlacementValidation.Ending(request, v);
        var existing = await FindAsync(request.Id, context.CancellationToken);
        v.ThrowIfAny();
        caller.RequireLocalAuthorityOf(existing.LaCode, "end this placement");
        var (date, outcome, destination, reason) = ending!.Value;
        if (date < existing.Start)
            throw new DomainRuleException("A placement cannot end before it started.", [new FieldViolation("end_date", $"the placement started on {existing.Start:yyyy-MM-dd}")]);
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == existing.ProviderId, context.CancellationToken);

        ApPlacement? ended = null;
        var now = clock.GetStorageNow();
        await InProviderTransactionAsync(provider.Id, async ct =>
        {
            ended = await db.Placements.SingleAsync(p => p.Id == existing.Id, ct);
            if (!ended.End(date, outcome, destination, reason)) return;
            db.EnqueueIntegrationEvent(PlacementMapping.Ended(ended, provider.Urn, now));
            await db.SaveChangesAsync(ct);
        }, context.CancellationToken);
        return ended!.ToProto();
    }

    private async Task<ApPlacement> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var placementId)) throw new RequestValidationException([new FieldViolation("id", "is not a placement id")]);
        return await db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken)
            ?? throw new NotFoundException("AP placement", id);
    }

    private Task<ApPlacement?> FirstAsync(CallerOrganisation caller, string key, CancellationToken cancellationToken) =>
        db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.PlacedBy == caller.OrgId && p.IdempotencyKey == key, cancellationToken);

    private Task InProviderTransactionAsync(Guid providerId, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync($"ap-provider:{providerId}", ct);
            await work(ct);
        }, cancellationToken);
}
