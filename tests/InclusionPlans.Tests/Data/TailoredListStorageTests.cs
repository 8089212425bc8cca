using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.InclusionPlans.Tests.Api;

namespace SendPlatform.InclusionPlans.Tests.Data;

/// <summary>
/// A tailored list is kept as drawn, so its child and settings are written once: saving one must neither copy them
/// (EF Core's snapshots of a document compared by its serialised form are deserialised copies) nor lose a value.
/// </summary>
public sealed class TailoredListStorageTests(PlansWithStandardsService service) : IClassFixture<PlansWithStandardsService>
{
    [Fact]
    public async Task A_saved_list_keeps_its_documents_without_copying_them_and_reads_back_as_drawn()
    {
        var child = new ChildProfile("931", 9, "4", "ASD", "E", 52.6309, 1.2974, 30, 50);
        TailoredSetting[] settings =
        [
            new("100001", "Riverside Primary", "931", "MAINSTREAM", 2, 1.25, false, 4),
            new("100002", "Hill Top Academy, \"North\" site", "926", "RESOURCED_PROVISION", 2, 12.5, true, 1),
        ];
        // Drawn now: the service's retention sweep removes the home location of a list drawn over 90 days ago, and
        // may run between the save and the read.
        var drawn = TailoredList.Draw(child, "2026.1", settings, 17, "la-931", "key-1", DateTimeOffset.UtcNow);
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            db.TailoredLists.Add(drawn);
            await db.SaveChangesAsync();

            var entry = db.Entry(drawn);
            Assert.Equal(EntityState.Unchanged, entry.State);
            Assert.Same(drawn.Settings, entry.Property(l => l.Settings).OriginalValue);
            Assert.Same(drawn.Child, entry.Property(l => l.Child).OriginalValue);
        }

        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            var read = await scope.ServiceProvider.GetRequiredService<PlansDbContext>().TailoredLists.AsNoTracking().SingleAsync(l => l.Id == drawn.Id);
            Assert.Equal(child, read.Child);
            Assert.Equal(settings, read.Settings);
            Assert.Equal(17, read.TotalMatching);
        }
    }
}
