using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>A batch of tailored lists counted in one statement: netted into each LA's, region's and England's count, added to what is there.</summary>
public sealed class TailoredListCountsTests(DashboardService service) : IClassFixture<DashboardService>
{
    // A month no other test counts in.
    private static readonly DateOnly Month = new(2031, 3, 1);

    private async Task CountAsync(IEnumerable<CountTailoredList.Drawn> lists)
    {
        using var scope = service.Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CountTailoredList>().DrawnAllAsync(lists, CancellationToken.None);
    }

    private async Task<Dictionary<(string, string), long>> CountsAsync()
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        return await db.TailoredListCounts.AsNoTracking().Where(c => c.Month == Month)
            .ToDictionaryAsync(c => (c.AreaCode, c.FirstProvisionType), c => c.Count);
    }

    [Fact]
    public async Task A_batch_is_netted_per_area_and_first_suggestion_and_a_second_adds_to_it()
    {
        List<CountTailoredList.Drawn> batch =
        [
            new("931", Month.AddDays(3), "MAINSTREAM"),
            new("931", Month.AddDays(20), "MAINSTREAM"),
            new("931", Month, null),
            new("202", Month.AddDays(9), "MAINSTREAM"),
        ];
        await CountAsync(batch);
        await CountAsync(batch.Take(1));

        var southEast = Area.RegionCodeOf("931");
        var london = Area.RegionCodeOf("202");
        Assert.NotEqual(southEast, london);
        Assert.Equal(new Dictionary<(string, string), long>
        {
            [("931", "MAINSTREAM")] = 3, [("931", "NONE")] = 1, [("202", "MAINSTREAM")] = 1,
            [(southEast, "MAINSTREAM")] = 3, [(southEast, "NONE")] = 1, [(london, "MAINSTREAM")] = 1,
            [(Area.EnglandCode, "MAINSTREAM")] = 4, [(Area.EnglandCode, "NONE")] = 1,
        }, await CountsAsync());
    }

    [Fact]
    public async Task A_list_naming_an_LA_the_platform_does_not_know_refuses_the_batch()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => CountAsync([new("931", new DateOnly(2031, 4, 2), "MAINSTREAM"), new("999", new DateOnly(2031, 4, 2), "MAINSTREAM")]));
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        Assert.False(await db.TailoredListCounts.AnyAsync(c => c.Month == new DateOnly(2031, 4, 1)));
    }
}
