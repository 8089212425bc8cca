using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.InclusionPlans.Upstream;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>
/// Tailored lists: drawn by the child's LA from the register against the provision matches in force, then kept as
/// drawn, because what parents were offered is part of the child's record. Only that LA reads a list again. A
/// repeated idempotency key answers with the first list. Each list drawn is announced (TailoredListDrawn) for the
/// dashboard, with nothing about the child.
/// </summary>
public sealed class DrawTailoredList(PlansDbContext db, SettingsSearch search, CurrentProvisionMatches matches, OutboxSignal signal, TimeProvider clock)
{
    public Task<TailoredList> DrawAsync(CallerOrganisation caller, string? key, ChildProfile child, CallOptions onBehalfOfCaller, CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(child.LaCode, "draw tailored lists for its children");
        return db.CreateOnceAsync(key, (k, ct) => db.TailoredLists.AsNoTracking().SingleOrDefaultAsync(l => l.CreatedBy == caller.OrgId && l.IdempotencyKey == k, ct),
            async ct =>
            {
                var current = await matches.GetAsync(onBehalfOfCaller);
                var types = Suitability.ProvisionTypes(child.PrimaryNeed, child.SenProvision, current.NeedsByProvisionType);
                var rows = types.Count == 0 ? [] : await search.FindAsync(child, types, ct);
                var settings = rows.Select(r => new TailoredSetting(r.Urn, r.Name, r.LaCode, r.ProvisionType, (int)Enum.Parse<Phase>(r.Phase),
                    Math.Round(r.DistanceKm, 2, MidpointRounding.AwayFromZero), r.LaCode != child.LaCode, r.PlacesAvailable)).ToList();
                var drawn = TailoredList.Draw(child, current.Version, settings, rows.Count == 0 ? 0 : rows[0].TotalMatching, caller.OrgId, key, clock.GetStorageNow());
                await TailoredListWrites.WriteAsync(db, drawn, new TailoredListDrawn(drawn.Id, drawn.LaCode, clock.TodayInEngland(), settings.Count,
                    settings.FirstOrDefault()?.ProvisionType) { OccurredAt = drawn.CreatedAt }, ct);
                signal.Written(db);
                return drawn;
            }, cancellationToken);
    }

    public async Task<TailoredList> ReadAsync(CallerOrganisation caller, Guid id, CancellationToken cancellationToken)
    {
        var list = await db.TailoredLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new NotFoundException("Tailored list", id.ToString());
        if (!caller.IsLocalAuthorityOf(list.LaCode))
            throw new PermissionDeniedException($"A tailored list is part of a child's record: only local authority {list.LaCode} reads it.");
        return list;
    }
}
