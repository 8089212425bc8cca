using SendPlatform.Contracts.Funding.V1;

namespace SendPlatform.Bench.Funding;

/// <summary>
/// A national-scale batch shaped like docs/domain.md's figures: primary needs ASD 31.5%, SLCN 21.3%, SEMH 20.7%,
/// MLD 10.6%, the rest spread over other needs; 56.2% of pupils with plans in mainstream, about 30% in special
/// schools, the rest in resourced provision, AP and post-16. Seeded, so every run prices the same batch.
/// </summary>
public static class SyntheticPlacements
{
    public static readonly (string Code, double Share)[] Needs =
        [("ASD", 0.315), ("SLCN", 0.213), ("SEMH", 0.207), ("MLD", 0.106), ("SPLD", 0.04), ("SLD", 0.035), ("PD", 0.03), ("PMLD", 0.015), ("HI", 0.013), ("VI", 0.007), ("MSI", 0.002), ("OTH", 0.017)];

    public static readonly (string Code, double Share)[] Provision =
        [("MAINSTREAM", 0.562), ("STATE_SPECIAL", 0.24), ("INDEPENDENT_SPECIAL", 0.06), ("RESOURCED_PROVISION", 0.045), ("NON_MAINTAINED_SPECIAL", 0.01), ("AP", 0.025), ("FE_COLLEGE", 0.045), ("SPECIALIST_POST16", 0.013)];

    public static readonly string[] Bands = ["B1", "B2", "B3", "B4", "B5"];

    public static List<EstimatePlacement> Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var yearStart = new DateOnly(2026, 4, 1);
        var list = new List<EstimatePlacement>(count);
        for (var i = 0; i < count; i++)
        {
            var need = Pick(Needs, random);
            var provision = Pick(Provision, random);
            // Higher needs (PMLD, SLD, MSI) sit in higher bands; the rest spread across the bands.
            var band = need is "PMLD" or "SLD" or "MSI" ? Bands[3 + random.Next(2)] : Bands[random.Next(Bands.Length)];
            var partYear = random.NextDouble() < 0.3;
            var start = partYear ? yearStart.AddDays(random.Next(300)) : yearStart.AddDays(-random.Next(700));
            var end = partYear && random.NextDouble() < 0.5 ? start.AddDays(30 + random.Next(200)).ToString("yyyy-MM-dd") : "";
            var fraction = random.NextDouble() < 0.85 ? "" : (0.5m + random.Next(5) / 10m).ToString(System.Globalization.CultureInfo.InvariantCulture);
            list.Add(new EstimatePlacement
            {
                Id = $"P{i:D7}",
                ProvisionType = provision,
                Band = band,
                StartDate = start.ToString("yyyy-MM-dd"),
                EndDate = end,
                FractionOfFullTime = fraction,
            });
        }
        return list;
    }

    /// <summary>Every band offered in every provision type except independent special's lowest two (so some placements are rejected).</summary>
    public static FrameworkContent Framework()
    {
        var content = new FrameworkContent { AreaCostAdjustments = { new AreaCostAdjustment { LaCode = "931", Factor = "1.0240" } } };
        for (var b = 0; b < Bands.Length; b++)
        {
            content.Bands.Add(new Band { Code = Bands[b], Name = $"Band {b + 1}", Ordinal = b + 1 });
            foreach (var (code, _) in Provision)
            {
                if (code == "INDEPENDENT_SPECIAL" && b < 2) continue;
                var basePounds = code switch { "MAINSTREAM" => 1_600, "INDEPENDENT_SPECIAL" => 40_000, "AP" => 9_000, _ => 8_000 };
                content.Tariffs.Add(new Tariff { BandCode = Bands[b], ProvisionType = code, AnnualTopUpPence = (basePounds + b * 2_250L) * 100 });
            }
        }
        return content;
    }

    private static string Pick((string Code, double Share)[] shares, Random random)
    {
        var roll = random.NextDouble() * shares.Sum(s => s.Share);
        foreach (var (code, share) in shares)
        {
            if ((roll -= share) <= 0) return code;
        }
        return shares[^1].Code;
    }
}
