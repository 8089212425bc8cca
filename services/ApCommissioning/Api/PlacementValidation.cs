using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>Wire → placement requests and endings: the UPN checked at the edge, every problem a field violation.</summary>
public static class PlacementValidation
{
    public static PlacementRequest? Placement(Proto.PlacePupilRequest r, DateOnly today, Violations v)
    {
        if (!Guid.TryParse(r.CommissionId, out var commissionId)) v.Add("commission_id", "is not a commission id");
        var pupil = Pupil(r.Pupil, today, v);
        var start = WireFormats.Date(r.StartDate, "start_date", v, required: true);
        var plannedEnd = WireFormats.Date(r.PlannedEndDate, "planned_end_date", v, required: false);
        var home = OptionalUrn(r.HomeSchoolUrn, "home_school_urn", v);
        var destination = OptionalUrn(r.IntendedDestinationUrn, "intended_destination_urn", v);
        var post16 = string.IsNullOrWhiteSpace(r.IntendedPost16Destination) ? null : r.IntendedPost16Destination.Trim();
        return v.Any ? null : new PlacementRequest(commissionId, pupil!, r.FullTime, start!.Value, plannedEnd, home, destination, post16);
    }

    public static PlacementEnding? Ending(Proto.EndPlacementRequest r, Violations v)
    {
        var date = WireFormats.Date(r.EndDate, "end_date", v, required: true);
        var outcome = (PlacementOutcome)(int)r.Outcome;
        if (!Enum.IsDefined(outcome)) v.Add("outcome", "must be RETURNED_TO_HOME_SCHOOL, MOVED_TO_ANOTHER_SCHOOL, POST16_EET or OTHER");
        var destination = OptionalUrn(r.DestinationUrn, "destination_urn", v);
        var reason = string.IsNullOrWhiteSpace(r.Reason) ? null : r.Reason.Trim();
        if (outcome == PlacementOutcome.MovedToAnotherSchool && destination is null) v.Add("destination_urn", "is required when the pupil moved to another school");
        if (outcome == PlacementOutcome.Other && reason is null) v.Add("reason", "is required for an outcome of OTHER");
        if (reason is { Length: > 2000 }) v.Add("reason", "must be at most 2000 characters");
        return v.Any ? null : new PlacementEnding(date!.Value, outcome, destination, reason);
    }

    private static PlacedPupil? Pupil(Proto.PlacedPupil? p, DateOnly today, Violations v)
    {
        if (p is null)
        {
            v.Add("pupil", "is required");
            return null;
        }
        if (!Upn.TryParse(p.Upn, out var upn, out var reason)) v.Add("pupil.upn", reason);
        var dob = WireFormats.Date(p.DateOfBirth, "pupil.date_of_birth", v, required: true);
        if (dob > today) v.Add("pupil.date_of_birth", "must not be in the future");
        if (p.SenProvision is not ("E" or "K" or "N")) v.Add("pupil.sen_provision", "must be E, K or N");
        var need = string.IsNullOrWhiteSpace(p.PrimaryNeed) ? null : p.PrimaryNeed.Trim();
        if (need is not null && PrimaryNeeds.Find(need) is null) v.Add("pupil.primary_need", "is not a primary need code");
        return v.Any ? null : new PlacedPupil(upn!.Value.Value, dob!.Value, p.SenProvision, need, p.LookedAfter);
    }

    private static string? OptionalUrn(string text, string field, Violations v)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Urn.TryParse(text, out var urn, out var reason)) return urn.Value.Value;
        v.Add(field, reason);
        return null;
    }
}
