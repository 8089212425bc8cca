namespace SendPlatform.InclusionDashboard.Domain.Disclosure;

/// <summary>
/// Tables shown together that repeat figures (a total in one is a row of another): each is suppressed with the
/// cells the others withheld, round after round, until no table changes, so a figure withheld in one is never
/// readable, or derivable, in another.
/// </summary>
public static class TableSet
{
    public static IReadOnlyList<bool[,]> Suppress(IReadOnlyList<CountGrid> grids, IReadOnlyList<SharedCell> shared)
    {
        var masks = grids.Select(g => new bool[g.Rows, g.Columns]).ToArray();
        int before;
        do
        {
            before = masks.Sum(m => m.Cast<bool>().Count(hidden => hidden));
            for (var g = 0; g < grids.Count; g++)
            {
                var index = g;
                masks[g] = DisclosureControl.Suppress(grids[g], (r, c) => masks[index][r, c] || shared.Any(s =>
                    s.First == index && s.Row == r && s.Column == c && masks[s.Second][s.OtherRow, s.OtherColumn]
                    || s.Second == index && s.OtherRow == r && s.OtherColumn == c && masks[s.First][s.Row, s.Column]));
            }
        }
        while (masks.Sum(m => m.Cast<bool>().Count(hidden => hidden)) != before);
        return masks;
    }
}
