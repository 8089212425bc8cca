using System.Net;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>
/// The off-rolling signal at its boundaries. Each test has an LA of its own, a suspect setting (300001) and a peer
/// (300002), neither on the settings register (so compared as settings of unknown provision type), unless the test
/// registers its own; every pupil is of secondary age. Counted deletions are of pupils on SEN support to EHE; the
/// others are to another school, or, for leavers, on the ground given with destination NEET.
/// </summary>
public sealed class OffRollingTests(OversightService service) : IClassFixture<OversightService>
{
    private const string Suspect = "300001";
    private const string Peer = "300002";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private int _serial;

    private async Task DeleteAsync(string la, string urn, int counted = 0, int notCounted = 0, int leavers = 0, string leavingGround = "CEASED_COMPULSORY_SCHOOL_AGE")
    {
        var date = $"{Today.AddDays(-10):yyyy-MM-dd}";
        var items = Enumerable.Range(0, notCounted)
            .Select(_ => AlertCalls.Deletion(Pupils.Upn(la, ++_serial), urn, "K", date, to: "300009", ground: "REGISTERED_AT_ANOTHER_SCHOOL"))
            .Concat(Enumerable.Range(0, counted).Select(_ => AlertCalls.Deletion(Pupils.Upn(la, ++_serial), urn, "K", date)))
            .Concat(Enumerable.Range(0, leavers).Select(_ => AlertCalls.Deletion(Pupils.Upn(la, ++_serial), urn, "K", date, destination: "NEET", ground: leavingGround)))
            .ToArray();
        var (status, body) = await service.Factory.RestAs(TestOrganisation.La(la)).PostJsonAsync("/v1/movements:batch", new { items });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(items.Length, body.GetProperty("progress").GetProperty("recorded").GetInt32());
    }

    private Task<List<System.Text.Json.JsonElement>> SignalsAsync(string la, string urn) =>
        service.Factory.RestAs(TestOrganisation.La(la)).AlertsAboutAsync(la, urn: urn);

    [Fact]
    public async Task A_setting_at_exactly_twice_its_LAs_rate_with_5_deletions_is_signalled_to_the_LA()
    {
        await DeleteAsync("202", Peer, notCounted: 10);
        await DeleteAsync("202", Suspect, notCounted: 5);
        await DeleteAsync("202", Suspect, counted: 5);

        var alert = Assert.Single(await SignalsAsync("202", Suspect));
        Assert.Equal(("ALERT_TYPE_OFF_ROLLING_SIGNAL", "SECONDARY", ""),
            (alert.GetProperty("type").GetString(), alert.GetProperty("phase").GetString(), alert.GetProperty("upn").GetString()));
        Assert.StartsWith("5 of the setting's 10 Secondary deletions", alert.GetProperty("reason").GetString());
        Assert.Contains("against 5 of 20", alert.GetProperty("reason").GetString());
        Assert.Empty(await SignalsAsync("202", Peer));
    }

    [Fact]
    public async Task Just_under_twice_the_LAs_rate_is_not_signalled()
    {
        await DeleteAsync("203", Peer, counted: 1, notCounted: 9);
        await DeleteAsync("203", Suspect, notCounted: 5);
        await DeleteAsync("203", Suspect, counted: 5);
        Assert.Empty(await SignalsAsync("203", Suspect));
    }

    [Fact]
    public async Task Four_deletions_are_not_signalled_and_the_fifth_is()
    {
        await DeleteAsync("204", Peer, notCounted: 20);
        await DeleteAsync("204", Suspect, counted: 4);
        Assert.Empty(await SignalsAsync("204", Suspect));
        await DeleteAsync("204", Suspect, counted: 1);
        Assert.Single(await SignalsAsync("204", Suspect));
    }

    [Fact]
    public async Task The_daily_recompute_finds_a_signal_no_deletion_by_the_setting_tripped_and_raises_each_occurrence_once()
    {
        await DeleteAsync("205", Suspect, counted: 5);
        await DeleteAsync("205", Peer, counted: 5);
        await DeleteAsync("205", Peer, notCounted: 10);
        Assert.Empty(await SignalsAsync("205", Suspect));

        await service.SweepAsync(Today);
        await service.SweepAsync(Today);
        var alert = Assert.Single(await SignalsAsync("205", Suspect));
        Assert.Empty(await SignalsAsync("205", Peer));

        var la = service.Factory.RestAs(TestOrganisation.La("205"));
        await la.PostJsonAsync($"/v1/alerts/{alert.GetProperty("id").GetString()}:resolve", new { resolution = "Deletions reviewed with the school" });
        await service.SweepAsync(Today);
        Assert.Single(await SignalsAsync("205", Suspect));

        // 6 of 6 against 11 of 31 keeps the signal: the new deletion is a new occurrence.
        await DeleteAsync("205", Peer, notCounted: 10);
        await DeleteAsync("205", Suspect, counted: 1);
        Assert.Equal(["ALERT_STATUS_RESOLVED", "ALERT_STATUS_OPEN"], (await SignalsAsync("205", Suspect)).Select(a => a.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Thirty_year_11_leavers_with_SEN_raise_nothing_however_few_leave_elsewhere()
    {
        await DeleteAsync("206", Peer, notCounted: 60);
        await DeleteAsync("206", Suspect, leavers: 20);
        await DeleteAsync("206", Suspect, leavers: 10, leavingGround: "LEFT_SIXTH_FORM");
        await service.SweepAsync(Today);
        Assert.Empty(await SignalsAsync("206", Suspect));
    }

    [Fact]
    public async Task A_mainstream_secondary_with_6_SEN_EHE_deletions_against_an_LA_rate_half_its_own_raises_one_alert()
    {
        string[] mainstream = ["300021", "300022"];
        await service.Factory.RegisterAsync([.. mainstream.Select(u => (u, "207"))], provisionType: "MAINSTREAM");
        await DeleteAsync("207", mainstream[1], notCounted: 6);
        await DeleteAsync("207", mainstream[0], counted: 6);
        await service.SweepAsync(Today);

        var alert = Assert.Single(await SignalsAsync("207", mainstream[0]));
        Assert.Contains("against 6 of 12 across the LA's Secondary settings of provision type MAINSTREAM", alert.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_special_school_is_compared_only_with_special_schools()
    {
        // Pooled with the mainstream school's 40 ordinary deletions, 5 of 5 against 10 of 50 would be a signal; against
        // the special schools alone (10 of 10) it is not.
        await service.Factory.RegisterAsync([("300031", "208"), ("300032", "208")], provisionType: "STATE_SPECIAL");
        await service.Factory.RegisterAsync([("300033", "208")], provisionType: "MAINSTREAM");
        await DeleteAsync("208", "300033", notCounted: 40);
        await DeleteAsync("208", "300032", counted: 5);
        await DeleteAsync("208", "300031", counted: 5);
        await service.SweepAsync(Today);
        Assert.Empty(await SignalsAsync("208", "300031"));
        Assert.Empty(await SignalsAsync("208", "300032"));
    }
}
