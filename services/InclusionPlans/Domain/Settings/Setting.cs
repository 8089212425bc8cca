namespace SendPlatform.InclusionPlans.Domain.Settings;

/// <summary>One setting on the national register, keyed by URN, with how many of its places are filled.</summary>
public sealed class Setting
{
    private Setting() { }

    public string Urn { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string LaCode { get; private set; } = "";
    public string ProvisionType { get; private set; } = "";
    public Phase Phase { get; private set; }
    public int AgeFrom { get; private set; }
    public int AgeTo { get; private set; }
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public Dictionary<string, int> Places { get; private set; } = [];

    /// <summary>The needs it has places for: what the tailored-list search filters on (its own table, kept from this by triggers).</summary>
    public string[] Needs { get; private set; } = [];
    public int TotalPlaces { get; private set; }
    /// <summary>Pupils on roll: as loaded, then the running total of events, which may dip below zero while events arrive out of order.</summary>
    public int PlacesFilled { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public static Setting From(SettingDetails d, string by, DateTimeOffset now)
    {
        var setting = new Setting { Urn = d.Urn };
        setting.Update(d, by, now);
        return setting;
    }

    /// <summary>Whether the details put the setting in another area or provision type: what other services keep a copy of.</summary>
    public bool MovesTo(SettingDetails d) => LaCode != d.LaCode || ProvisionType != d.ProvisionType;

    public void Update(SettingDetails d, string by, DateTimeOffset now)
    {
        Name = d.Name;
        LaCode = d.LaCode;
        ProvisionType = d.ProvisionType;
        Phase = d.Phase;
        AgeFrom = d.AgeFrom;
        AgeTo = d.AgeTo;
        Latitude = d.Latitude;
        Longitude = d.Longitude;
        Places = new Dictionary<string, int>(d.Places);
        Needs = [.. d.Places.Where(p => p.Value > 0).Select(p => p.Key).Order(StringComparer.Ordinal)];
        TotalPlaces = d.TotalPlaces;
        PlacesFilled = d.PlacesFilled;
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
