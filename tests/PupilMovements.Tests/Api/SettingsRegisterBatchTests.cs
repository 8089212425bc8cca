using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>The register's announcements taken in batches: in one batch, the same setting new then updated, and entries out of order.</summary>
public sealed class SettingsRegisterBatchTests(MovementsService service) : IClassFixture<MovementsService>
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private async Task<Dictionary<string, (string LaCode, string ProvisionType)>> HeldAsync(params string[] urns)
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        return await db.Settings.AsNoTracking().Where(s => urns.Contains(s.Urn)).ToDictionaryAsync(s => s.Urn, s => (s.LaCode, s.ProvisionType));
    }

    [Fact]
    public async Task One_batch_adds_a_setting_takes_its_newer_entry_and_ignores_an_older_one_arriving_late()
    {
        using (var scope = service.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
            await scope.ServiceProvider.GetRequiredService<RegisterSetting>().ApplyAllAsync(
            [
                new("310001", "202", "MAINSTREAM", At),
                new("310002", "203", "AP", At),
                new("310001", "204", "STATE_SPECIAL", At.AddMinutes(2)),
                new("310001", "205", "AP", At.AddMinutes(1)),
            ], CancellationToken.None);
            await db.SaveChangesAsync();
        }
        var held = await HeldAsync("310001", "310002");
        Assert.Equal(("204", "STATE_SPECIAL"), held["310001"]);
        Assert.Equal(("203", "AP"), held["310002"]);
    }

    [Fact]
    public async Task A_burst_on_the_broker_is_applied_once_each_with_the_newest_entry_kept()
    {
        var bus = service.Factory.Services.GetRequiredService<IBus>();
        var urns = Enumerable.Range(320000, 150).Select(u => u.ToString()).ToArray();
        var first = urns.Select(u => new SettingRegistered(u, "202", "MAINSTREAM", At)).ToList();
        var newer = urns.Take(50).Select(u => new SettingRegistered(u, "203", "AP", At.AddMinutes(1))).ToList();
        var late = urns.Take(10).Select(u => new SettingRegistered(u, "204", "AP", At.AddSeconds(30))).ToList();
        foreach (var e in first.Concat(first.Take(20)).Concat(newer).Concat(late)) await bus.Publish(e);

        // Every event claimed by the consumer's inbox, so the late entries were applied too (or refused) before the check.
        var ids = first.Concat(newer).Concat(late).Select(e => e.EventId).ToArray();
        await Eventually.Get(async () =>
        {
            using var scope = service.Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
            return await db.InboxMessages.CountAsync(m => ids.Contains(m.MessageId));
        }, n => n == ids.Length, "every announcement claimed", TimeSpan.FromSeconds(30));
        var held = await HeldAsync(urns);
        Assert.Equal(urns.Length, held.Count);
        Assert.All(urns.Take(50), u => Assert.Equal(("203", "AP"), held[u]));
        Assert.All(urns.Skip(50), u => Assert.Equal(("202", "MAINSTREAM"), held[u]));
    }
}
