using System.Net;
using Google.Protobuf;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.NationalStandards.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

/// <summary>The plan check over REST, before and after standards come into force; in a database of its own.</summary>
public sealed class EhcPlansApiTests(StandardsService service) : IClassFixture<StandardsService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    private static EhcPlan Plan(string placementType) => new()
    {
        AViewsInterestsAspirations = new TextSection { Text = "Sam wants to work on the railway." },
        BSpecialEducationalNeeds = new NeedsSection { PrimaryNeedCode = "ASD" },
        CHealthNeeds = new TextSection(),
        DSocialCareNeeds = new TextSection(),
        EOutcomes = new OutcomesSection { Outcomes = { new Outcome { Id = "O1", Description = "Hold a conversation by July" } } },
        FSpecialEducationalProvision = new ProvisionSection
        {
            Items = { new Provision { OutcomeIds = { "O1" }, What = "Speech and language therapy", Who = "Speech and language therapist", HowOften = "Weekly, 45 minutes" } },
        },
        GHealthProvision = new ProvisionSection(),
        H1SocialCareProvisionCsdpa = new ProvisionSection(),
        H2OtherSocialCareProvision = new ProvisionSection(),
        IPlacement = new PlacementSection { ProvisionType = placementType, SettingName = "Oakfield Primary", Urn = "100000" },
        JPersonalBudget = new TextSection(),
        KAdviceAndInformation = new TextSection { Text = "Educational psychologist's advice" },
    };

    private Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> Validate(EhcPlan plan) =>
        _la.SendAsync(HttpMethod.Post, "/v1/ehc-plans:validate", JsonFormatter.Default.Format(new ValidateEhcPlanRequest { Plan = plan }));

    private static List<string> Codes(System.Text.Json.JsonElement body) =>
        body.TryGetProperty("findings", out var f) ? f.EnumerateArray().Select(x => x.GetProperty("code").GetString()!).ToList() : [];

    [Fact]
    public async Task Plans_are_checked_against_the_standards_in_force()
    {
        var (status, before) = await Validate(Plan("MAINSTREAM"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["NO_STANDARDS_PUBLISHED"], Codes(before));

        var dfe = service.Factory.RestAs(TestOrganisation.Dfe);
        await dfe.CreateSetAsync("2050.1", new ContentBuilder().Build());
        await dfe.PublishSetAsync("2050.1");

        var (_, compliant) = await Validate(Plan("MAINSTREAM"));
        Assert.True(compliant.GetProperty("compliant").GetBoolean());
        Assert.Equal("2050.1", compliant.GetProperty("standardsVersion").GetString());

        var (_, unsuitable) = await Validate(Plan("AP"));
        Assert.Equal(["PLACEMENT_CANNOT_MEET_NEED"], Codes(unsuitable));
    }

    [Fact]
    public async Task Missing_sections_are_findings_not_errors()
    {
        var plan = Plan("MAINSTREAM");
        plan.KAdviceAndInformation = null;
        plan.GHealthProvision = null;
        var (status, body) = await Validate(plan);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("compliant").GetBoolean());
        Assert.Equal(2, Codes(body).Count(c => c == "MISSING_SECTION"));
    }

    [Fact]
    public async Task A_request_without_a_plan_is_400()
    {
        var (status, body) = await _la.SendAsync(HttpMethod.Post, "/v1/ehc-plans:validate", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["plan"], body.ViolatedFields());
    }
}
