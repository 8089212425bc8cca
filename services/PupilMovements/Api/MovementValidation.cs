using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.PupilMovements.Api;

/// <summary>Wire → MovementNotification: identifiers parsed once (UPN with its check letter, URNs, LA codes), then the movement rules.</summary>
public static class MovementValidation
{
    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range protobuf's Timestamp allows.
    private const long MinTimestampSeconds = -62_135_596_800;
    private const long MaxTimestampSeconds = 253_402_300_799;

    private static readonly HashSet<string> SenProvisions = ["E", "K", "N"];

    // Clocks of settings' systems drift; a notification time a little ahead of ours is not an error.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static MovementNotification? Parse(Proto.RecordMovementRequest r, DateTimeOffset now, Violations v)
    {
        if (!Upn.TryParse(r.Upn, out var upn, out var upnReason)) v.Add("upn", upnReason);
        if (!Enum.IsDefined((MovementType)(int)r.Type)) v.Add("type", "must be one of the twelve movement types");
        var effective = WireFormats.Date(r.EffectiveDate, "effective_date", v, required: true);
        var from = OptionalUrn(r.FromUrn, "from_urn", v);
        var to = OptionalUrn(r.ToUrn, "to_urn", v);
        var destination = Destination(r.Destination, v);
        string? ground = null;
        if (!string.IsNullOrWhiteSpace(r.DeletionGround))
        {
            ground = r.DeletionGround.Trim();
            if (!DeletionGrounds.All.Contains(ground)) v.Add("deletion_ground", "must be one of: " + string.Join(", ", DeletionGrounds.All.Order()));
        }
        var pupil = Pupil(r.Pupil, v);
        // A Timestamp's seconds and nanos can name no instant at all (before year 1 or after 9999): that is a bad field, not a fault.
        DateTimeOffset? notifiedAt = null;
        if (r.NotifiedAt is { } at)
        {
            if (at.Seconds is < MinTimestampSeconds or > MaxTimestampSeconds || at.Nanos is < 0 or > 999_999_999) v.Add("notified_at", "is not a valid time");
            else notifiedAt = at.ToDateTimeOffset();
        }
        if (notifiedAt > now + ClockSkew) v.Add("notified_at", "must not be in the future");
        if (v.Any) return null;

        var notification = new MovementNotification(upn!.Value.Value, (MovementType)(int)r.Type, effective!.Value, from, to, destination, ground,
            r.SuspensionDays == 0 ? null : r.SuspensionDays, pupil!, notifiedAt);
        MovementRules.Check(notification, EnglandCalendar.DateOf(now), v);
        return v.Any ? null : notification;
    }

    private static PupilFacts? Pupil(Proto.PupilFacts? facts, Violations v)
    {
        if (facts is null)
        {
            v.Add("pupil", "is required: date_of_birth, sen_provision, primary_need");
            return null;
        }
        var dob = WireFormats.Date(facts.DateOfBirth, "pupil.date_of_birth", v, required: true);
        var sen = facts.SenProvision.Trim().ToUpperInvariant();
        if (!SenProvisions.Contains(sen)) v.Add("pupil.sen_provision", "must be E (EHC plan), K (SEN support) or N (no SEN)");
        var need = string.IsNullOrWhiteSpace(facts.PrimaryNeed) ? null : facts.PrimaryNeed.Trim().ToUpperInvariant();
        if (sen is "E" or "K" && need is null) v.Add("pupil.primary_need", "is required with SEN provision E or K");
        if (sen == "N" && need is not null) v.Add("pupil.primary_need", "must be empty with no SEN (N)");
        if (need is not null)
        {
            if (PrimaryNeeds.Find(need) is not { } known) v.Add("pupil.primary_need", $"'{need}' is not a primary need code (e.g. ASD, SLCN, SEMH)");
            else if (sen is "E" or "K" && !known.ValidWithSenProvisions.Contains(sen)) v.Add("pupil.primary_need", $"{need} is valid only with SEN support (K)");
        }
        return dob is null ? null : new PupilFacts(dob.Value, sen, need);
    }

    private static string? OptionalUrn(string text, string field, Violations v)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Urn.TryParse(text, out var urn, out var reason)) return urn.Value.Value;
        v.Add(field, reason);
        return null;
    }

    private static string? Destination(string text, Violations v)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim().ToUpperInvariant();
        if (value == Destinations.Unknown || Destinations.Sen2Codes.Contains(value)) return value;
        if (LaCode.TryParse(value, out _, out _)) return value;
        v.Add("destination", "must be a SEN2 code (OLA, OPA, EHE, EYP, NEET, NIEC, NIEO), another LA's code, or UNKNOWN");
        return null;
    }
}
