using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.InclusionPlans.Upstream;

namespace SendPlatform.InclusionPlans.Tests.Upstream;

/// <summary>The provision matches held in memory: kept between calls, forgotten on notice, and never older than a minute.</summary>
public sealed class CurrentProvisionMatchesTests
{
    /// <summary>national-standards as a gRPC client answering with whichever version is current.</summary>
    private sealed class Standards : StandardsSets.StandardsSetsClient
    {
        public string Version { get; set; } = "2026.1";
        public int Calls { get; private set; }

        public override AsyncUnaryCall<StandardsSet> GetCurrentStandardsAsync(GetCurrentStandardsRequest request, CallOptions options)
        {
            Calls++;
            var set = new StandardsSet { Version = Version, Content = new StandardsSetContent() };
            set.Content.ProvisionMatches.Add(new ProvisionNeedMatch { ProvisionType = "STATE_SPECIAL", NeedCodes = { "SEMH" } });
            return new AsyncUnaryCall<StandardsSet>(Task.FromResult(set), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }
    }

    private readonly Standards _standards = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Matches_are_asked_for_once_and_held()
    {
        var matches = new CurrentProvisionMatches(_standards, _clock);
        await matches.GetAsync(new CallOptions());
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(["SEMH"], (await matches.GetAsync(new CallOptions())).NeedsByProvisionType["STATE_SPECIAL"]);
        Assert.Equal(1, _standards.Calls);
    }

    [Fact]
    public async Task A_replica_that_missed_the_notice_holds_superseded_matches_for_a_minute_at_most()
    {
        var matches = new CurrentProvisionMatches(_standards, _clock);
        Assert.Equal("2026.1", (await matches.GetAsync(new CallOptions())).Version);
        _standards.Version = "2026.2";
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("2026.1", (await matches.GetAsync(new CallOptions())).Version);
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("2026.2", (await matches.GetAsync(new CallOptions())).Version);
    }

    [Fact]
    public async Task A_notice_makes_the_next_call_ask_again()
    {
        var matches = new CurrentProvisionMatches(_standards, _clock);
        await matches.GetAsync(new CallOptions());
        _standards.Version = "2026.2";
        matches.Forget();
        Assert.Equal("2026.2", (await matches.GetAsync(new CallOptions())).Version);
        Assert.Equal(2, _standards.Calls);
    }
}
