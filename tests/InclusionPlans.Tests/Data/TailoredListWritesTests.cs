using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Tests.Api;

namespace SendPlatform.InclusionPlans.Tests.Data;

/// <summary>
/// A drawn list's own INSERT (<see cref="TailoredListWrites"/>) writes every column EF's model maps: a column added
/// by a migration fails here until it is written there too.
/// </summary>
public sealed class TailoredListWritesTests(PlansWithStandardsService service) : IClassFixture<PlansWithStandardsService>
{
    [Fact]
    public void A_list_is_written_with_every_column()
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
        var columns = db.Model.GetRelationalModel().FindTable("tailored_lists", null)!.Columns.Select(c => c.Name).Order();
        Assert.Equal(columns, TailoredListWrites.Columns.Order());
    }
}
