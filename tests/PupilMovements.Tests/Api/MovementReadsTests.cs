using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>
/// The recording's own read (<see cref="MovementReads"/>): it gives back the pupils and movements EF Core reads, every
/// property of them, and its reads wait for the pupils' locks, so they see what the last holder committed.
/// </summary>
public sealed class MovementReadsTests(MovementsService service) : IClassFixture<MovementsService>
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_pupils_and_movements_read_by_hand_are_those_EF_reads_property_for_property()
    {
        string[] upns = [Pupils.Upn(serial: 701), Pupils.Upn(serial: 702)];
        var admitted = Pupils.Notice(MovementType.Admission, to: "100000", upn: upns[0], date: new DateOnly(2026, 9, 1)) with { NotifiedAt = At.AddDays(-1) };
        var suspended = Pupils.Notice(MovementType.Suspension, from: "100000", days: 3, upn: upns[0], date: new DateOnly(2026, 10, 5));
        var deleted = Pupils.Notice(MovementType.Deletion, from: "100001", destination: "NIEC", ground: "CONTINUOUS_ABSENCE", upn: upns[1], date: new DateOnly(2026, 10, 1),
            pupil: Pupils.WithPlan with { PrimaryNeed = null });
        await WriteAsync([(admitted, "key-701"), (suspended, null)], [(deleted, "key-702")]);

        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        var byEf = (Pupils: await db.Pupils.AsNoTracking().Where(p => upns.Contains(p.Upn)).OrderBy(p => p.Upn).ToListAsync(),
            Movements: await db.Movements.AsNoTracking().Where(m => upns.Contains(m.Upn)).OrderBy(m => m.Sequence).ToListAsync());
        var found = await db.InTransactionAsync(ct => MovementReads.LockAndReadAsync(db, upns, ["100000", "999999"], ct), CancellationToken.None);

        Assert.Equal(JsonSerializer.Serialize(byEf.Pupils), JsonSerializer.Serialize(found.Pupils.Values.OrderBy(p => p.Upn)));
        Assert.Equal(JsonSerializer.Serialize(byEf.Movements), JsonSerializer.Serialize(found.Movements.SelectMany(g => g).OrderBy(m => m.Sequence)));
        Assert.Equal(new Dictionary<string, string> { ["100000"] = "931" }, found.SettingAreas);
        // Every property is given a value by some row, so one the hand-written read left out would differ above.
        Assert.All(typeof(PupilMovement).GetProperties(), p => Assert.Contains(byEf.Movements, m => !IsDefault(p.GetValue(m))));
        Assert.All(typeof(PupilFacts).GetProperties(), p => Assert.Contains(byEf.Movements, m => !IsDefault(p.GetValue(m.Pupil))));
        Assert.All(typeof(RegisteredPupil).GetProperties().Where(p => !p.GetMethod!.IsStatic),
            p => Assert.Contains(byEf.Pupils, x => !IsDefault(p.GetValue(x))));
    }

    [Fact]
    public async Task The_reads_wait_for_the_pupils_lock_and_see_what_its_holder_committed()
    {
        var upn = Pupils.Upn(serial: 703);
        var (locked, release) = (new TaskCompletionSource(), new TaskCompletionSource());
        using var holderScope = service.Factory.Services.CreateScope();
        var holder = holderScope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        var holding = holder.InTransactionAsync(async ct =>
        {
            await holder.Database.LockAllAsync([$"pupil:{upn}"], ct);
            await WriteInAsync(holder, [(Pupils.Notice(MovementType.Admission, to: "100000", upn: upn), null)]);
            locked.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await locked.Task;

        using var readerScope = service.Factory.Services.CreateScope();
        var db = readerScope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        var reading = db.InTransactionAsync(ct => MovementReads.LockAndReadAsync(db, [upn], [], ct), CancellationToken.None);
        using var watcherScope = service.Factory.Services.CreateScope();
        var watcher = watcherScope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        await Eventually.Get(() => watcher.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """).SingleAsync(), waiting => waiting == 1, "the read waiting for the pupil's lock");
        Assert.False(reading.IsCompleted);
        release.SetResult();
        await holding;

        var found = await reading;
        Assert.Equal("931", found.Pupils[upn].ResponsibleLaCode);
        Assert.Equal(MovementType.Admission, Assert.Single(found.Movements[upn]).Type);
    }

    private static bool IsDefault(object? value) => value is null || (value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())));

    /// <summary>Each group is one pupil's movements, recorded in order as the recording would.</summary>
    private async Task WriteAsync(params (MovementNotification Notice, string? Key)[][] pupils)
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        foreach (var movements in pupils) await db.InTransactionAsync(_ => WriteInAsync(db, movements), CancellationToken.None);
    }

    private static async Task WriteInAsync(MovementsDbContext db, (MovementNotification Notice, string? Key)[] notices)
    {
        var movements = notices.Select(n => PupilMovement.Record(n.Notice, "931", "100000", n.Key, At)).ToList();
        var pupil = RegisteredPupil.For(movements[0].Upn, "931");
        var timeline = PupilTimeline.Of([], movements);
        foreach (var movement in movements) pupil.Update(movement, timeline, At);
        await MovementWrites.WriteAsync(db, movements, [pupil], [], CancellationToken.None);
    }
}
