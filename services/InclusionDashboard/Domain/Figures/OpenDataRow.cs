namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// One figure in the Explore Education Statistics open-data layout: time and geography columns as every DfE
/// statistics file has them, then the filters that place the figure (its table, row and column) and the indicator.
/// </summary>
public sealed record OpenDataRow(
    string TimePeriod,
    string TimeIdentifier,
    string GeographicLevel,
    string CountryCode,
    string CountryName,
    string RegionCode,
    string RegionName,
    string NewLaCode,
    string OldLaCode,
    string LaName,
    string Table,
    string Breakdown,
    string Category,
    string Value);
