using System.Net;
using SendPlatform.NationalStandards.Tests.Builders;
using SendPlatform.TestKit;
using StackExchange.Redis;

namespace SendPlatform.NationalStandards.Tests.Api;

/// <summary>What is in force, and what the cache serves, across publishes; in a database of its own.</summary>
public sealed class PublishingTests(StandardsService service) : IClassFixture<StandardsService>
{
    private readonly HttpClient _dfe = service.Factory.RestAs(TestOrganisation.Dfe);

    [Fact]
    public async Task Publishing_supersedes_the_set_in_force_and_the_cached_current_set_follows()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _dfe.GetJsonAsync("/v1/standards/current")).Status);

        await _dfe.CreateSetAsync("2040.1", new ContentBuilder().Build());
        var (status, first) = await _dfe.PublishSetAsync("2040.1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("STANDARDS_SET_STATUS_PUBLISHED", first.Status());
        Assert.Equal("dfe", first.GetProperty("publishedBy").GetString());

        var (_, current) = await _dfe.GetJsonAsync("/v1/standards/current");
        Assert.Equal("2040.1", current.GetProperty("version").GetString());
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(service.Factory.Infrastructure.Redis.ConnectionString))
        {
            Assert.True(await redis.GetDatabase().KeyExistsAsync($"{service.Factory.DatabaseName}:standards:current"));
        }

        await _dfe.CreateSetAsync("2040.2", new ContentBuilder().Titled("Second").Build());
        Assert.Equal(HttpStatusCode.OK, (await _dfe.PublishSetAsync("2040.2")).Status);
        (_, current) = await _dfe.GetJsonAsync("/v1/standards/current");
        Assert.Equal("2040.2", current.GetProperty("version").GetString());

        var (_, superseded) = await _dfe.GetJsonAsync("/v1/standards/sets/2040.1");
        Assert.Equal("STANDARDS_SET_STATUS_SUPERSEDED", superseded.Status());
        Assert.True(superseded.TryGetProperty("supersededAt", out _));
    }
}

/// <summary>A published set, in a database of its own.</summary>
public sealed class PublishedSetTests(StandardsService service) : IClassFixture<StandardsService>
{
    private readonly HttpClient _dfe = service.Factory.RestAs(TestOrganisation.Dfe);

    [Fact]
    public async Task A_published_set_is_immutable_and_cannot_be_published_again()
    {
        await _dfe.CreateSetAsync("2041.1", new ContentBuilder().Build());
        await _dfe.PublishSetAsync("2041.1");

        var (status, body) = await _dfe.PublishSetAsync("2041.1");
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Contains("only a draft can be published", body.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _dfe.ReplaceSetAsync("2041.1", new ContentBuilder().Titled("Changed").Build())).Status);
        var (_, read) = await _dfe.GetJsonAsync("/v1/standards/sets/2041.1");
        Assert.NotEqual("Changed", read.GetProperty("content").GetProperty("title").GetString());
    }
}

/// <summary>Version order on publish, in a database of its own.</summary>
public sealed class PublishingOrderTests(StandardsService service) : IClassFixture<StandardsService>
{
    private readonly HttpClient _dfe = service.Factory.RestAs(TestOrganisation.Dfe);

    [Fact]
    public async Task A_version_older_than_the_one_in_force_is_refused()
    {
        await _dfe.CreateSetAsync("2042.5", new ContentBuilder().Build());
        await _dfe.PublishSetAsync("2042.5");
        await _dfe.CreateSetAsync("2042.4", new ContentBuilder().Build());
        var (status, body) = await _dfe.PublishSetAsync("2042.4");
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Contains("later than", body.GetProperty("message").GetString());
    }
}
