using Grpc.Core;
using SendPlatform.ServiceDefaults.Identity;
using Movements = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.Gateway.Tests.Access;

/// <summary>
/// The access matrix, exercised through the real gateway over gRPC against all seven services: every RPC the contracts
/// declare, as every kind of caller, allowed (OK) or refused exactly as <see cref="AccessMatrix"/> says. Refused
/// callers go first, so an allowed call shows that the refusals changed nothing it depends on.
/// </summary>
public sealed class AccessMatrixTests(PlatformBehindGateway platform) : IClassFixture<PlatformBehindGateway>
{
    [Fact]
    public void Every_RPC_of_every_service_has_a_row_and_every_row_an_RPC() =>
        Assert.Equal(CallerPolicy.Methods.Keys.Order(StringComparer.Ordinal), AccessMatrix.Rows.Select(r => r.Method).Order(StringComparer.Ordinal));

    [Fact]
    public async Task Every_caller_is_allowed_or_refused_as_the_matrix_says()
    {
        var wrong = await platform.MatrixDifferencesAsync();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// The matrix touches every pupil-level route, as the allowed and the refused alike; nothing any of the seven
    /// processes would export (spans, metrics, logs) nor any gateway log or audit line carries a child's UPN, date of
    /// birth or home coordinates.
    /// </summary>
    [Fact]
    public async Task No_child_identifier_the_matrix_sent_reaches_telemetry_or_the_audit_log()
    {
        await platform.MatrixDifferencesAsync();
        var exported = platform.Telemetry.Exported.Concat(platform.Gateway.Logs).Concat(platform.Gateway.AuditLines).ToList();
        Assert.Contains(exported, line => line.Contains("/send.movements.v1.PupilMovements/GetPupilTimeline"));
        var identifiers = platform.ChildIdentifiers;
        Assert.True(identifiers.Count > 20, "the matrix sent its pupils");
        var leaks = exported.SelectMany(line => identifiers.Where(line.Contains).Select(id => $"{id} in: {line}")).Take(20).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Theory]
    [InlineData(Caller.UnrelatedSchool)]
    [InlineData(Caller.OtherLa)]
    public async Task Naming_yourself_in_a_pupil_level_write_gains_nothing(Caller attacker)
    {
        var upn = platform.NewUpn();
        var school = new Movements.PupilMovements.PupilMovementsClient(platform.Grpc(Caller.CurrentSchool));
        await school.RecordMovementAsync(PlatformBehindGateway.Movement(upn, Movements.MovementType.Admission, "2026-09-02", to: PlatformBehindGateway.CurrentSchool));
        var (self, mine) = attacker == Caller.OtherLa ? ("202", PlatformBehindGateway.OtherAreaSchool) : ("931", PlatformBehindGateway.UnrelatedSchool);
        var attempts = new[]
        {
            Attempt(upn, Movements.MovementType.Suspension, from: PlatformBehindGateway.UnrelatedSchool, days: 2),
            Attempt(upn, Movements.MovementType.PermanentExclusion, from: PlatformBehindGateway.UnrelatedSchool),
            Attempt(upn, Movements.MovementType.ManagedMove, from: PlatformBehindGateway.UnrelatedSchool, to: PlatformBehindGateway.FormerSchool),
            Attempt(upn, Movements.MovementType.Deletion, from: PlatformBehindGateway.UnrelatedSchool, ground: "ELECTIVE_HOME_EDUCATION", destination: "EHE"),
            // Naming one's own setting as where the pupil goes is no arrival: an exclusion, a direction off site, a deletion.
            Attempt(upn, Movements.MovementType.PermanentExclusion, from: PlatformBehindGateway.CurrentSchool, to: mine),
            Attempt(upn, Movements.MovementType.OffSiteDirection, from: PlatformBehindGateway.CurrentSchool, to: mine),
            Attempt(upn, Movements.MovementType.Deletion, from: PlatformBehindGateway.CurrentSchool, to: mine, ground: "REGISTERED_AT_ANOTHER_SCHOOL"),
            Attempt(upn, Movements.MovementType.Ehe, responsibleLa: self),
            Attempt(upn, Movements.MovementType.Eotas, responsibleLa: self),
            Attempt(upn, Movements.MovementType.MissingEducation, responsibleLa: self),
            Attempt(upn, Movements.MovementType.MovedToOtherLa, destination: "202", responsibleLa: self),
        };
        var client = new Movements.PupilMovements.PupilMovementsClient(platform.Grpc(attacker));
        foreach (var attempt in attempts)
        {
            var status = await StatusOfAsync(() => client.RecordMovementAsync(attempt).ResponseAsync);
            Assert.Equal((attempt.Type, StatusCode.PermissionDenied), (attempt.Type, status));
        }
        var hidden = await Assert.ThrowsAsync<RpcException>(() => client.GetPupilTimelineAsync(new Movements.GetPupilTimelineRequest { Upn = upn }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);

        var timeline = await new Movements.PupilMovements.PupilMovementsClient(platform.Grpc(Caller.OwningLa))
            .GetPupilTimelineAsync(new Movements.GetPupilTimelineRequest { Upn = upn });
        Assert.Equal(("931", Movements.PupilStatus.OnRoll, 1), (timeline.ResponsibleLaCode, timeline.Status, timeline.Movements.Count));
    }

    private static async Task<StatusCode> StatusOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    private static Movements.RecordMovementRequest Attempt(string upn, Movements.MovementType type, string? from = null, string? to = null, string? ground = null,
        string? destination = null, string? responsibleLa = null, int days = 0)
    {
        var request = PlatformBehindGateway.Movement(upn, type, "2026-10-01", from, to, ground, destination, days);
#pragma warning disable CS0612 // the deprecated field is exactly what an attacker would send
        request.ResponsibleLaCode = responsibleLa ?? "";
#pragma warning restore CS0612
        return request;
    }
}
