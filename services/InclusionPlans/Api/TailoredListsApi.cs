using Grpc.Core;
using SendPlatform.InclusionPlans.Application;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Inclusion.V1;

namespace SendPlatform.InclusionPlans.Api;

/// <summary>Tailored lists for a child (see <see cref="DrawTailoredList"/>): the request's form is checked here.</summary>
public sealed class TailoredListsApi(DrawTailoredList lists) : Proto.TailoredLists.TailoredListsBase
{
    public const int DefaultResults = 100;
    public const int MaxResults = 500;

    public override async Task<Proto.TailoredList> CreateTailoredList(Proto.CreateTailoredListRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var child = v.Checked(Parse(request, v));
        return (await lists.DrawAsync(context.GetCaller(), key, child, context.OnBehalfOfCaller(), context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.TailoredList> GetTailoredList(Proto.GetTailoredListRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.Id, out var id)) throw new RequestValidationException([new FieldViolation("id", "is not a tailored list id")]);
        return (await lists.ReadAsync(context.GetCaller(), id, context.CancellationToken)).ToProto();
    }

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
