using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.InclusionPlans.Tests.Api;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.Contracts.IntegrationEvents;
using Npgsql;

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

    [Fact]
    public async Task A_list_written_in_one_round_trip_reads_back_as_drawn_with_its_event_and_a_repeated_key_writes_neither_row()
    {
        var child = new ChildProfile("931", 12, null, "SEMH", "K", 51.5, -0.12, null, 20);
        TailoredSetting[] settings = [new("100003", "St Mary's, \"Old\" Building", "931", "AP", 3, 0.5, false, 2)];
        // At the database's precision, as the use case draws them.
        var drawn = TailoredList.Draw(child, "2026.1", settings, 1, "la-931", "writes-key", TimeProvider.System.GetStorageNow());
        var again = TailoredList.Draw(child, "2026.1", settings, 1, "la-931", "writes-key", TimeProvider.System.GetStorageNow());
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();

        var drawnEvent = Drawn(drawn);
        var againEvent = Drawn(again);
        await TailoredListWrites.WriteAsync(db, drawn, drawnEvent, CancellationToken.None);
        var read = await db.TailoredLists.AsNoTracking().SingleAsync(l => l.Id == drawn.Id);
        Assert.Equal(child, read.Child);
        Assert.Equal(settings, read.Settings);
        Assert.Equal((1, "2026.1", "writes-key", drawn.CreatedAt), (read.TotalMatching, read.StandardsVersion, read.IdempotencyKey, read.CreatedAt));
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.Id == drawnEvent.EventId));

        // The key's unique index refuses the second list; its event, sent in the same batch, is not kept either.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => TailoredListWrites.WriteAsync(db, again, againEvent, CancellationToken.None));
        Assert.True(refused.IsUniqueViolation());
        Assert.False(await db.TailoredLists.AnyAsync(l => l.Id == again.Id));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Id == againEvent.EventId));
    }

    [Fact]
    public async Task A_list_written_inside_a_unit_of_work_is_kept_only_if_the_unit_of_work_commits()
    {
        var child = new ChildProfile("931", 10, null, "ASD", "K", 52.63, 1.3, null, 20);
        var drawn = TailoredList.Draw(child, "2026.1", [new("100004", "Orchard Primary", "931", "MAINSTREAM", 2, 0.8, false, 3)], 1, "la-931",
            "unit-of-work-key", TimeProvider.System.GetStorageNow());
        var drawnEvent = Drawn(drawn);
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();

        // The batch joins the caller's transaction, so a unit of work that fails after writing takes both rows back.
        // Its own exception, so a failure of the write itself (an InvalidOperationException, say) cannot pass for it.
        await Assert.ThrowsAsync<UnitOfWorkFailed>(() => db.InTransactionAsync(async ct =>
        {
            await TailoredListWrites.WriteAsync(db, drawn, drawnEvent, ct);
            Assert.True(await db.TailoredLists.AnyAsync(l => l.Id == drawn.Id, ct));
            throw new UnitOfWorkFailed();
        }, CancellationToken.None));

        Assert.False(await db.TailoredLists.AnyAsync(l => l.Id == drawn.Id));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Id == drawnEvent.EventId));
    }

    private sealed class UnitOfWorkFailed : Exception;

    private static TailoredListDrawn Drawn(TailoredList l) =>
        new(l.Id, l.LaCode, DateOnly.FromDateTime(l.CreatedAt.UtcDateTime), l.Settings.Count, l.Settings[0].ProvisionType) { OccurredAt = l.CreatedAt };
}
