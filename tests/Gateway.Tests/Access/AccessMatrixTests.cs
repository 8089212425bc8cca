using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using SendPlatform.ServiceDefaults.Identity;
using Movements = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.Gateway.Tests.Access;

/// <summary>
/// The access matrix, exercised through the real gateway over gRPC against all five services: every RPC the contracts
/// declare, as every kind of caller, allowed (OK) or refused exactly as <see cref="AccessMatrix"/> says. Refused
/// callers go first, so an allowed call shows that the refusals changed nothing it depends on.
/// </summary>
public sealed class AccessMatrixTests(PlatformBehindGateway platform) : IClassFixture<PlatformBehindGateway>
{
    private static readonly IReadOnlyDictionary<string, MethodDescriptor> Descriptors = typeof(Movements.PupilMovements).Assembly.GetTypes()
        .Select(t => t.GetProperty("Descriptor", typeof(FileDescriptor))?.GetValue(null))
        .OfType<FileDescriptor>()
        .SelectMany(f => f.Services).SelectMany(s => s.Methods)
        .ToDictionary(m => $"/{m.Service.FullName}/{m.Name}");

    [Fact]
    public void Every_RPC_of_every_service_has_a_row_and_every_row_an_RPC() =>
        Assert.Equal(CallerPolicy.Methods.Keys.Order(StringComparer.Ordinal), AccessMatrix.Rows.Select(r => r.Method).Order(StringComparer.Ordinal));

    [Fact]
    public async Task Every_caller_is_allowed_or_refused_as_the_matrix_says()
    {
        var wrong = new List<string>();
        foreach (var row in AccessMatrix.Rows)
            foreach (var caller in Callers.All.OrderBy(c => row.Allowed.Contains(c)))
            {
                var (status, detail) = await CallAsync(row, caller);
                if (status != row.Expected(caller)) wrong.Add($"{row.Method} as {caller}: expected {row.Expected(caller)}, got {status} ({detail})");
            }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
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

    private async Task<(StatusCode Status, string Detail)> CallAsync(AccessRow row, Caller caller)
    {
        var m = Descriptors[row.Method];
        var method = new Method<IMessage, IMessage>(
            m.IsClientStreaming ? m.IsServerStreaming ? MethodType.DuplexStreaming : MethodType.ClientStreaming : MethodType.Unary,
            m.Service.FullName, m.Name,
            Marshallers.Create<IMessage>(r => r.ToByteArray(), b => m.InputType.Parser.ParseFrom(b)),
            Marshallers.Create<IMessage>(r => r.ToByteArray(), b => m.OutputType.Parser.ParseFrom(b)));
        var invoker = platform.Grpc(caller);
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60));
        var requests = row.Request(platform, caller);
        try
        {
            var answers = new List<IMessage>();
            switch (method.Type)
            {
                case MethodType.Unary:
                    answers.Add(await invoker.AsyncUnaryCall(method, null, options, requests.Single()));
                    break;
                case MethodType.ClientStreaming:
                {
                    using var call = invoker.AsyncClientStreamingCall(method, null, options);
                    foreach (var request in requests) await call.RequestStream.WriteAsync(request);
                    await call.RequestStream.CompleteAsync();
                    answers.Add(await call.ResponseAsync);
                    break;
                }
                default:
                {
                    using var call = invoker.AsyncDuplexStreamingCall(method, null, options);
                    foreach (var request in requests) await call.RequestStream.WriteAsync(request);
                    await call.RequestStream.CompleteAsync();
                    while (await call.ResponseStream.MoveNext(CancellationToken.None)) answers.Add(call.ResponseStream.Current);
                    break;
                }
            }
            return (row.Judge?.Invoke(answers) ?? StatusCode.OK, "");
        }
        catch (RpcException ex)
        {
            return (ex.StatusCode, ex.Status.Detail);
        }
    }
}
