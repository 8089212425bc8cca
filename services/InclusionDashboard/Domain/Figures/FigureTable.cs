namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>A table as shown: each row's figures per column and its total, as text (a count, or "c" when withheld).</summary>
public sealed record FigureTable(string Id, string Title, string Definition, string SourceEvent, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows);

public sealed record FigureRow(string Id, string Label, string Definition, IReadOnlyList<string> Values, string Total);
