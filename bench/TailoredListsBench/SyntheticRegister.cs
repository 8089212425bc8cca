using SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.Bench.TailoredLists;

/// <summary>
/// A national register shaped like England's: settings spread over a box around England (lat 50.6–54.9, lon
/// -3.5–1.5), shared out across the 153 LAs; seven in ten mainstream, the rest resourced, state special, AP and
/// independent special; places for two or three needs each, some settings full. Deterministic: the same seed gives
/// the same register, so runs compare.
/// </summary>
public static class SyntheticRegister
{
    public static readonly string[] Needs = ["ASD", "SLCN", "MLD", "SLD", "PMLD", "SPLD", "SEMH", "HI", "VI", "MSI", "PD", "OTH"];
    private static readonly (string Type, Phase Phase, int From, int To, int Weight)[] Kinds =
    [
        ("MAINSTREAM", Phase.Primary, 4, 11, 50),
        ("MAINSTREAM", Phase.Secondary, 11, 18, 20),
        ("RESOURCED_PROVISION", Phase.Primary, 4, 11, 10),
        ("STATE_SPECIAL", Phase.AllThrough, 4, 19, 10),
        ("AP", Phase.Secondary, 5, 16, 5),
        ("INDEPENDENT_SPECIAL", Phase.AllThrough, 5, 19, 5),
    ];

    public static IEnumerable<Setting> Generate(int count, int seed = 20261123)
    {
        var random = new Random(seed);
        var las = LocalAuthorities.All;
        var totalWeight = Kinds.Sum(k => k.Weight);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(totalWeight);
            var kind = Kinds.First(k => (pick -= k.Weight) < 0);
            var places = random.Next(20, 120);
            var setting = new Setting
            {
                Urn = (400000 + i).ToString(),
                Name = $"Synthetic setting {i}",
                LaCode = las[i % las.Count].LaCode,
                ProvisionType = kind.Type,
                Phase = kind.Phase,
                AgeFrom = kind.From,
                AgeTo = kind.To,
                Latitude = 50.6 + random.NextDouble() * 4.3,
                Longitude = -3.5 + random.NextDouble() * 5.0,
            };
            foreach (var need in Needs.OrderBy(_ => random.Next()).Take(random.Next(2, 4)))
                setting.Places.Add(new NeedPlaces { NeedCode = need, Places = places });
            setting.PlacesFilled = random.Next(10) == 0 ? setting.Places.Sum(p => p.Places) : random.Next(setting.Places.Sum(p => p.Places));
            yield return setting;
        }
    }

    /// <summary>A child somewhere in the same box, with a need, an age, and half the time a 30 km limit.</summary>
    public static CreateTailoredListRequest Child(Random random)
    {
        var la = LocalAuthorities.All[random.Next(LocalAuthorities.All.Count)].LaCode;
        return new CreateTailoredListRequest
        {
            LaCode = la,
            Age = random.Next(4, 17),
            PrimaryNeed = Needs[random.Next(Needs.Length)],
            SenProvision = random.Next(2) == 0 ? "E" : "K",
            Home = new Location { Latitude = 50.6 + random.NextDouble() * 4.3, Longitude = -3.5 + random.NextDouble() * 5.0 },
            MaxDistanceKm = random.Next(2) == 0 ? 30 : 0,
            MaxResults = 50,
        };
    }
}
