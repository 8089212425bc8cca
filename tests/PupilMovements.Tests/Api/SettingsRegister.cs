using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Api;
using SendPlatform.PupilMovements.Data;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>The settings register as inclusion-plans announces it, on the real broker, for the settings the tests notify as.</summary>
public static class SettingsRegister
{
    /// <summary>Schools 100000–100009 and AP settings 200000–200009, all in LA 931.</summary>
    public static readonly (string Urn, string LaCode)[] InArea931 =
        [.. Enumerable.Range(100000, 10).Concat(Enumerable.Range(200000, 10)).Select(u => (u.ToString(), "931"))];

    /// <summary>Announces the settings and waits until this service's copy holds each in its area.</summary>
    public static async Task RegisterAsync(this ServiceFactory<MovementsApi> factory, IReadOnlyCollection<(string Urn, string LaCode)> settings,
        DateTimeOffset? updatedAt = null, string provisionType = "MAINSTREAM_ACADEMY")
    {
        // Published before the service's queues are bound, an event would reach no queue: wait until the bus is ready.
        using var probe = factory.CreateClient();
        await Eventually.Get(async () => (await probe.GetAsync("/health")).StatusCode, s => s == System.Net.HttpStatusCode.OK, "the service's readiness");
        var bus = factory.Services.GetRequiredService<IBus>();
        var at = updatedAt ?? DateTimeOffset.UtcNow;
        foreach (var (urn, la) in settings) await bus.Publish(new SettingRegistered(urn, la, provisionType, at));
        var expected = settings.Select(s => $"{s.Urn}:{s.LaCode}").ToHashSet();
        await Eventually.Get(async () =>
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
            var urns = settings.Select(s => s.Urn).ToArray();
            return await db.Settings.AsNoTracking().Where(s => urns.Contains(s.Urn)).Select(s => s.Urn + ":" + s.LaCode).ToListAsync();
        }, held => expected.IsSubsetOf(held), "the settings register's copy");
    }
}
