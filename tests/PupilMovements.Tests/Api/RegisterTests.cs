using System.Net;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>The register of children not in school, in a database of its own.</summary>
public sealed class RegisterTests(MovementsService service) : IClassFixture<MovementsService>
{
    [Fact]
    public async Task The_register_lists_the_LAs_EHE_EOTAS_and_missing_education_pupils_page_by_page()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("931"));
        var school = service.Factory.RestAs(TestOrganisation.School("100000"));
        await la.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 201), "EHE"));
        await la.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 202), "EOTAS"));
        await school.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 203), "ADMISSION", to: "100000"));
        await school.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 203), "DELETION", from: "100000", date: "2026-10-01")
            .With("deletionGround", "CONTINUOUS_ABSENCE").With("destination", "UNKNOWN"));
        await school.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 204), "ADMISSION", to: "100000"));

        var statuses = new List<string>();
        var token = "";
        do
        {
            var (status, body) = await la.GetJsonAsync($"/v1/local-authorities/931/children-not-in-school?page.page_size=2&page.page_token={token}");
            Assert.Equal(HttpStatusCode.OK, status);
            statuses.AddRange(body.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("status").GetString()!));
            token = body.GetProperty("page").TryGetProperty("nextPageToken", out var next) ? next.GetString() ?? "" : "";
        } while (token != "");
        Assert.Equal(["PUPIL_STATUS_EHE", "PUPIL_STATUS_EOTAS", "PUPIL_STATUS_MISSING_EDUCATION"], statuses.Order());

        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).GetJsonAsync("/v1/local-authorities/931/children-not-in-school")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetJsonAsync("/v1/local-authorities/931/children-not-in-school")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await la.GetJsonAsync("/v1/local-authorities/93x/children-not-in-school")).Status);
    }
}
