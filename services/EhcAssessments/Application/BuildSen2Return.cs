using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Returns;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// An LA's person-level SEN2 return for a census day, with the checks its facts can answer; the LA only (the return
/// holds its children's details, and it is the LA that submits it to DfE).
/// </summary>
public sealed class BuildSen2Return(EhcDbContext db)
{
    public sealed record Sen2Return(string LaCode, Sen2Period Period, IReadOnlyList<Sen2Person> People, IReadOnlyList<Sen2Issue> Issues);

    public async Task<Sen2Return> BuildAsync(CallerOrganisation caller, string laCode, Sen2Period period, CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(laCode, "generate its SEN2 return");
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.LaCode == laCode && c.ReceivedOn <= period.CensusDate)
            .ToListAsync(cancellationToken);
        var people = Sen2Cases.People(cases, period);
        return new Sen2Return(laCode, period, people, Sen2Checks.Check(people, period));
    }
}
