namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>Where a measure turns amber and green (percent), and how many placements it needs before it is rated.</summary>
public sealed class MeasureThreshold
{
    public decimal GreenFrom { get; set; }
    public decimal AmberFrom { get; set; }
    public int MinimumPlacements { get; set; } = 5;
}
