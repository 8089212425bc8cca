namespace SendPlatform.Bench;

/// <summary>
/// A benchmark measures a path in rounds taken in turn with the baseline's and gives each path the median of its
/// rounds: the machine's speed drifts between runs by more than most changes being measured, and rounds taken in turn
/// see the same drift. Shared by the benchmarks, each linking this file.
/// </summary>
public static class Rounds
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("No rounds to take the median of.", nameof(values));
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>
    /// The median of each round's rate against the baseline's round taken just before it: a pair shares the machine's
    /// speed of the moment, where the two medians apart may come from different moments.
    /// </summary>
    public static double MedianRatio(IReadOnlyList<double> rates, IReadOnlyList<double> baselineRates)
    {
        if (rates.Count != baselineRates.Count)
            throw new ArgumentException($"{rates.Count} rounds against {baselineRates.Count} baseline rounds: each round needs its own baseline round.", nameof(rates));
        return Median(rates.Select((rate, round) => rate / baselineRates[round]));
    }
}
