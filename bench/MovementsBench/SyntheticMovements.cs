using SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.Contracts.Movements.V1;
using MovementType = SendPlatform.Contracts.Movements.V1.MovementType;
using PupilFacts = SendPlatform.Contracts.Movements.V1.PupilFacts;
using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.Bench.Movements;

/// <summary>
/// Admissions of distinct pupils of LA 931 to 100 schools of LA 931 (URNs 100000–100099), notified the day after, with SEN
/// provision in docs/domain.md's national proportions (5.3% E, 14.2% K). Pupil n always gets the same UPN, so runs
/// are comparable; each run's idempotency keys are its own.
/// </summary>
public static class SyntheticMovements
{
    public const int Schools = 100;
    private static readonly string[] Needs = ["ASD", "SLCN", "SEMH", "MLD", "SPLD"];

    public static string SchoolUrn(long n) => (100000 + n % Schools).ToString();

    /// <summary>The school as the settings register holds it: pupil-movements makes a new pupil its LA's responsibility.</summary>
    public static Setting School(int i) => new()
    {
        Urn = SchoolUrn(i),
        Name = $"Synthetic school {i}",
        LaCode = "931",
        ProvisionType = "MAINSTREAM",
        Phase = SendPlatform.Contracts.Inclusion.V1.Phase.Primary,
        AgeFrom = 4,
        AgeTo = 11,
        Latitude = 52.48,
        Longitude = -1.89,
        Places = { new NeedPlaces { NeedCode = "ASD", Places = 100 } },
    };

    public static RecordMovementRequest Admission(long n, string run, DateOnly today) => new()
    {
        IdempotencyKey = $"bench-{run}-{n}",
        Upn = Upn.Issue($"931{2000 + n / 100_000 % 8000:D4}{n / 1000 % 100:D2}{n % 1000:D3}").Value,
        Type = MovementType.Admission,
        EffectiveDate = today.AddDays(-1).ToString("yyyy-MM-dd"),
        ToUrn = SchoolUrn(n),
        Pupil = (n % 1000) switch
        {
            < 53 => new PupilFacts { DateOfBirth = "2015-05-01", SenProvision = "E", PrimaryNeed = Needs[n % Needs.Length] },
            < 195 => new PupilFacts { DateOfBirth = "2015-05-01", SenProvision = "K", PrimaryNeed = Needs[n % Needs.Length] },
            _ => new PupilFacts { DateOfBirth = "2015-05-01", SenProvision = "N" },
        },
    };
}
