namespace SendPlatform.Bench.Tests;

public sealed class RoundsTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_round_whatever_their_order() =>
        Assert.Equal(534, Rounds.Median([540, 513, 534]));

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.Equal(525, Rounds.Median([600, 500, 450, 550]));

    [Fact]
    public void No_rounds_have_no_median() =>
        Assert.Throws<ArgumentException>(() => Rounds.Median([]));

    [Fact]
    public void Each_round_is_set_against_the_baseline_round_it_was_paired_with()
    {
        // Paired: 0.5, 0.9, 0.95, so 0.9. The rates' median against the baseline's (190 against 200) would give 0.95.
        double[] baseline = [400, 100, 200];
        double[] rates = [200, 90, 190];
        Assert.Equal(0.9, Rounds.MedianRatio(rates, baseline), 10);
    }

    [Fact]
    public void A_round_without_its_baseline_round_is_refused() =>
        Assert.Throws<ArgumentException>(() => Rounds.MedianRatio([1, 2, 3], [1, 2]));
}
