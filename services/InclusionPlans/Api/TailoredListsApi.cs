using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identifiers;
using SendPlatform.ServiceDefaults.Identity;
using Proto = SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.InclusionPlans.Upstream;

namespace SendPlatform.InclusionPlans.Api;

/// <summary>
/// Tailored lists: drawn by the child's LA from the register against the standards in force, then kept as drawn,
/// because what parents were offered is part of the child's record. Only that LA reads a list again.
/// </summary>
public sealed class TailoredListsApi(PlansDbContext db, SettingsSearch search, CurrentProvisionMatches matches, TimeProvider clock)
    : Proto.TailoredLists.TailoredListsBase
{
    public const int DefaultResults = 100;
    public const int MaxResults = 500;

    public override async Task<Proto.TailoredList> CreateTailoredList(Proto.CreateTailoredListRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var child = Parse(request, v);
        v.ThrowIfAny();
        caller.RequireLocalAuthorityOf(child!.LaCode, "draw tailored lists for its children");
        var list = await db.CreateOnceAsync(key, (k, ct) => FirstAsync(caller, k, ct), async ct =>
        {
            var current = await matches.GetAsync(context.OnBehalfOfCaller());
            var types = Suitability.ProvisionTypes(child.PrimaryNeed, child.SenProvision, current.NeedsByProvisionType);
            var rows = types.Count == 0 ? [] : await search.FindAsync(child, types, ct);
            var settings = rows.Select(r => new TailoredSetting(r.Urn, r.Name, r.LaCode, r.ProvisionType, (int)Enum.Parse<Phase>(r.Phase),
                Math.Round(r.DistanceKm, 2, MidpointRounding.AwayFromZero), r.LaCode != child.LaCode, r.PlacesAvailable)).ToList();
            var drawn = TailoredList.Draw(child, current.Version, settings, rows.Count == 0 ? 0 : rows[0].TotalMatching, caller.OrgId, key, clock.GetStorageNow());
            db.TailoredLists.Add(drawn);
            await db.SaveChangesAsync(ct);
            return drawn;
        }, context.CancellationToken);
        return list.ToProto();
    }

    public override async Task<Proto.TailoredList> GetTailoredList(Proto.GetTailoredListRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        if (!Guid.TryParse(request.Id, out var id)) throw new RequestValidationException([new FieldViolation("id", "is not a tailored list id")]);
        var list = await db.TailoredLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Tailored list", request.Id);
        if (!caller.IsLocalAuthorityOf(list.LaCode))
            throw new PermissionDeniedException($"A tailored list is part of a child's record: only local authority {list.LaCode} reads it.");
        return list.ToProto();
    }

    private Task<TailoredList?> FirstAsync(CallerOrganisation caller, string key, CancellationToken cancellationToken) =>
        db.TailoredLists.AsNoTracking().SingleOrDefaultAsync(l => l.CreatedBy == caller.OrgId && l.IdempotencyKey == key, cancellationToken);

    private static ChildProfile? Parse(Proto.CreateTailoredListRequest r, Violations v)
    {
        var la = PlanValidation.La(r.LaCode, v);
        int? age = null;
        string? yearGroup = null;
        switch (r.ChildAgeCase)
        {
            case Proto.CreateTailoredListRequest.ChildAgeOneofCase.Age when r.Age is >= 0 and <= 25:
                age = r.Age;
                break;
            case Proto.CreateTailoredListRequest.ChildAgeOneofCase.YearGroup when Suitability.AgeOf(r.YearGroup) is { } fromYear:
                (age, yearGroup) = (fromYear, r.YearGroup.Trim().ToUpperInvariant());
                break;
            case Proto.CreateTailoredListRequest.ChildAgeOneofCase.YearGroup:
                v.Add("year_group", "must be R or 1 to 14");
                break;
            case Proto.CreateTailoredListRequest.ChildAgeOneofCase.Age:
                v.Add("age", "must be 0 to 25");
                break;
            default:
                v.Add("age", "give the child's age or year_group");
                break;
        }
        var need = r.PrimaryNeed.Trim().ToUpperInvariant();
        if (PrimaryNeeds.Find(need) is null) v.Add("primary_need", $"'{r.PrimaryNeed}' is not a primary need code");
        var sen = r.SenProvision.Trim().ToUpperInvariant();
        if (sen is not ("E" or "K" or "N")) v.Add("sen_provision", "must be E (EHC plan), K (SEN support) or N");
        if (r.Home is null || double.IsNaN(r.Home.Latitude) || r.Home.Latitude is < SettingRules.MinLatitude or > SettingRules.MaxLatitude
            || double.IsNaN(r.Home.Longitude) || r.Home.Longitude is < SettingRules.MinLongitude or > SettingRules.MaxLongitude)
            v.Add("home", "is required: a latitude and longitude in or near England");
        if (double.IsNaN(r.MaxDistanceKm) || r.MaxDistanceKm is < 0 or > 1000) v.Add("max_distance_km", "must be 0 (no limit) to 1,000");
        if (r.MaxResults is < 0 or > MaxResults) v.Add("max_results", $"must be 0 (meaning {DefaultResults}) to {MaxResults}");
        if (v.Any) return null;
        return new ChildProfile(la!, age!.Value, yearGroup, need, sen, r.Home!.Latitude, r.Home.Longitude,
            r.MaxDistanceKm > 0 ? r.MaxDistanceKm : null, r.MaxResults == 0 ? DefaultResults : r.MaxResults);
    }
}
