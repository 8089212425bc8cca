using System.Net;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Events;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionPlans.Tests.Api;

/// <summary>Its own fixture: publishing newer standards changes what every other plan test would be checked against.</summary>
public sealed class NeedsReviewTests(PlansWithStandardsService service) : IClassFixture<PlansWithStandardsService>
{
    [Fact]
    public async Task A_published_plan_needs_review_when_newer_national_standards_come_into_force()
    {
        await using var statuses = await BrokerObserver.StartAsync<InclusionPlanStatusChanged>(service.MessagingConnectionString);
        var la = service.Factory.RestAs(TestOrganisation.La("931"));
        await la.SetPartnershipAsync();
        var draft = await la.DraftAsync(PlanCalls.Compliant());
        await la.SignOffByAllAsync(draft, 1);
        var other = await la.DraftAsync(PlanCalls.Compliant());
        Assert.Equal(HttpStatusCode.OK, (await la.PostJsonAsync(draft.PlanPath(":publish"), new { })).Status);

        // An older version's announcement arriving late (redelivered after an outage) leaves the plan published.
        var late = new StandardsPublished("2025.3", null, DateTimeOffset.UtcNow.AddYears(-1));
        await service.Factory.Services.GetRequiredService<IBus>().Publish(late);
        await Eventually.Get(async () =>
        {
            await using var db = new PlansDbContext(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
            return await db.InboxMessages.AnyAsync(m => m.MessageId == late.EventId && m.Consumer == nameof(StandardsPublishedConsumer));
        }, handled => handled, "the late announcement handled");
        Assert.Equal("PLAN_STATUS_PUBLISHED", (await la.GetJsonAsync(draft.PlanPath())).Body.GetProperty("status").GetString());

        // StandardsPublished travels from national-standards over the real broker.
        await service.PublishStandardsAsync("2026.2", "IDN-01", "OAP-01", "AP-01", "PFA-01");
        var plan = await Eventually.Get(async () => (await la.GetJsonAsync(draft.PlanPath())).Body,
            p => p.GetProperty("status").GetString() == "PLAN_STATUS_NEEDS_REVIEW", "the published plan to need review");
        Assert.Equal("National standards 2026.2 came into force; the plan answers 2026.1.", plan.GetProperty("needsReviewReason").GetString());

        // A draft is not published, so it is not marked; but it can no longer be published against 2026.1, and says so to the dashboard.
        var (_, stillDraft) = await la.GetJsonAsync(other.PlanPath());
        Assert.Equal("PLAN_STATUS_DRAFT", stillDraft.GetProperty("status").GetString());
        string Latest(string id) => string.Join(",", statuses.Received.Where(r => r.Message.GetProperty("planId").GetString() == id)
            .MaxBy(r => r.Message.GetProperty("changedAt").GetDateTimeOffset())!.Message.GetProperty("blockingFindings").EnumerateArray().Select(f => f.GetString()));
        await Eventually.Get(() => Task.FromResult((Latest(other.GetProperty("id").GetString()!), Latest(draft.GetProperty("id").GetString()!))),
            l => l == ("StandardsSuperseded", "StandardsSuperseded"), "the draft and the plan needing review announced with the finding");
        await la.SignOffByAllAsync(other, 1);
        var (status, refused) = await la.PostJsonAsync(other.PlanPath(":publish"), new { });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["standards_version"], refused.PreconditionSubjects());
    }
}
