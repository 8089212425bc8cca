using System.Net;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionPlans.Tests.Api;

public static class PlanCalls
{
    public static readonly object[] Members =
    [
        new { organisationId = "la-931", name = "Oxfordshire County Council", role = "PARTNER_ROLE_LOCAL_AUTHORITY" },
        new { organisationId = "icb-bob", name = "BOB Integrated Care Board", role = "PARTNER_ROLE_HEALTH" },
        new { organisationId = "pcf-oxon", name = "Oxfordshire Parent Carer Forum", role = "PARTNER_ROLE_PARENT_CARER_FORUM" },
        new { organisationId = "123456", name = "Cherwell Academy Trust", role = "PARTNER_ROLE_SCHOOLS_AND_TRUSTS" },
    ];

    /// <summary>
    /// A 2026-2029 plan answering 2026.1: IDN-01 and OAP-01 answered, AP-01 not; ASD in state special schools 10 places
    /// short of 2027-28's demand; no transitional AP places. Three blocking findings.
    /// </summary>
    public static Dictionary<string, object> Content(string version = "2026.1") => new()
    {
        ["periodStartYear"] = 2026,
        ["periodEndYear"] = 2029,
        ["standardsVersion"] = version,
        ["commitments"] = new object[]
        {
            new { standardCode = "IDN-01", actions = "Train SENCOs in early identification", owner = "Head of SEND", dueDate = "2027-03-31", status = "RAG_AMBER" },
            new { standardCode = "OAP-01", actions = "Publish the ordinarily available offer", owner = "Inclusion lead", dueDate = "2027-07-31", status = "RAG_GREEN" },
        },
        ["sufficiency"] = new object[]
        {
            new { needCode = "ASD", provisionType = "STATE_SPECIAL", currentPlaces = 120, forecastDemand = new[] { 125, 140, 150 }, plannedNewPlaces = new[] { 10, 0, 20 } },
        },
        ["apService"] = new object[]
        {
            new { tier = "AP_TIER_TARGETED_SUPPORT", places = new[] { 200, 220, 240 } },
            new { tier = "AP_TIER_TIME_LIMITED", places = new[] { 60, 60, 60 } },
        },
    };

    /// <summary>The worked plan with every blocking finding answered.</summary>
    public static Dictionary<string, object> Compliant(string version = "2026.1")
    {
        var content = Content(version);
        content["commitments"] = ((object[])content["commitments"]).Append(
            new { standardCode = "AP-01", actions = "Commission a three-tier AP service", owner = "AP lead", dueDate = "2027-09-01", status = "RAG_AMBER" }).ToArray();
        content["sufficiency"] = new object[]
        {
            new { needCode = "ASD", provisionType = "STATE_SPECIAL", currentPlaces = 120, forecastDemand = new[] { 125, 140, 150 }, plannedNewPlaces = new[] { 10, 10, 10 } },
        };
        content["apService"] = ((object[])content["apService"]).Append(new { tier = "AP_TIER_TRANSITIONAL", places = new[] { 20, 25, 30 } }).ToArray();
        return content;
    }

    public static async Task SetPartnershipAsync(this HttpClient la, string laCode = "931")
    {
        var (status, body) = await la.SendAsync(HttpMethod.Put, $"/v1/local-authorities/{laCode}/partnership", new { members = Members });
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"partnership: {status} {body}");
    }

    public static async Task<JsonElement> DraftAsync(this HttpClient la, Dictionary<string, object> content, string laCode = "931")
    {
        var (status, body) = await la.PostJsonAsync($"/v1/local-authorities/{laCode}/inclusion-plans", new { content });
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"plan: {status} {body}");
        return body;
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> SignOffAsync(this HttpClient client, JsonElement plan, string organisationId, string signedBy, int revision) =>
        client.PostJsonAsync($"/v1/local-authorities/{plan.GetProperty("laCode").GetString()}/inclusion-plans/{plan.GetProperty("id").GetString()}:sign-off",
            new { organisationId, signedBy, revision });

    public static async Task SignOffByAllAsync(this HttpClient la, JsonElement plan, int revision)
    {
        foreach (var (member, who) in new[] { ("la-931", "Director of Children's Services"), ("icb-bob", "Chief Nursing Officer"), ("pcf-oxon", "Chair") })
        {
            var (status, body) = await la.SignOffAsync(plan, member, who, revision);
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"sign-off {member}: {status} {body}");
        }
    }

    public static string PlanPath(this JsonElement plan, string suffix = "") =>
        $"/v1/local-authorities/{plan.GetProperty("laCode").GetString()}/inclusion-plans/{plan.GetProperty("id").GetString()}{suffix}";
}
