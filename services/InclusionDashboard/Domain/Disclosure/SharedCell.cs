namespace SendPlatform.InclusionDashboard.Domain.Disclosure;

/// <summary>One figure shown in two tables: cell (Row, Column) of grid First and cell (OtherRow, OtherColumn) of grid Second.</summary>
public sealed record SharedCell(int First, int Row, int Column, int Second, int OtherRow, int OtherColumn);
