using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Tests.Builders;

/// <summary>Valid UPNs and notifications for tests: a pupil born 2015 in LA 931 with an EHC plan for ASD.</summary>
public static class Pupils
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly PupilFacts WithPlan = new(new DateOnly(2015, 5, 1), "E", "ASD");

    /// <summary>A UPN of the given LA and serial.</summary>
    public static string Upn(string laCode = "931", int serial = 1) =>
        SharedKernel.Identifiers.Upn.Issue($"{laCode}2000{(serial / 1000) % 100:D2}{serial % 1000:D3}").Value;

    private static long _sequence;

    /// <summary>A notice as recorded for LA 931; the database assigns the recording order, here the order of creation stands in for it.</summary>
    public static PupilMovement Recorded(MovementNotification notice)
    {
        var movement = PupilMovement.Record(notice, "931", "test", null, DateTimeOffset.UtcNow);
        typeof(PupilMovement).GetProperty(nameof(PupilMovement.Sequence))!.SetValue(movement, Interlocked.Increment(ref _sequence));
        return movement;
    }

    public static MovementNotification Notice(MovementType type, string? from = null, string? to = null, string? destination = null,
        string? ground = null, int? days = null, DateOnly? date = null, string upn = "", string la = "931", PupilFacts? pupil = null) =>
        new(upn.Length == 0 ? Upn(la) : upn, type, date ?? new DateOnly(2026, 9, 1), from, to, destination, ground, days, pupil ?? WithPlan, null);
}
