using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// DfE's EHC plan timeliness data set for a calendar year, every area's row as the caller may see it: in full for DfE
/// and for an LA's own row, under disclosure control for every other row (regions and England included).
/// </summary>
public sealed class ReadEhcTimeliness(EhcCases cases)
{
    public async Task<IReadOnlyList<EhcTimelinessFile.Row>> ReadAsync(CallerOrganisation caller, int year, CancellationToken cancellationToken)
    {
        var byLa = await cases.IssueBandsByLaAsync(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), cancellationToken);
        return [.. EhcTimelinessFile.Build(year, byLa, area => ReadSummary.SeesInFull(caller, area))];
    }
}
