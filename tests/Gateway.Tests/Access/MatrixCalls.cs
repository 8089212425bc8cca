using SendPlatform.ServiceDefaults.Grpc;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Movements = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.Gateway.Tests.Access;

/// <summary>
/// Runs the matrix: each row's RPC, called over gRPC through the gateway by its descriptor (unary, client stream or
/// duplex alike), as every caller, refused callers first so an allowed call shows the refusals changed nothing.
/// </summary>
public static class MatrixCalls
{
    private static readonly IReadOnlyDictionary<string, MethodDescriptor> Descriptors = ContractDescriptors.Services.SelectMany(s => s.Methods)
        .ToDictionary(m => $"/{m.Service.FullName}/{m.Name}");

    /// <summary>Every answer that differed from the matrix, one line each.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(PlatformBehindGateway platform)
    {
        var wrong = new List<string>();
        foreach (var row in AccessMatrix.Rows)
            foreach (var caller in Callers.All.OrderBy(c => row.Allowed.Contains(c)))
            {
                var (status, detail) = await CallAsync(platform, row, caller);
                if (status != row.Expected(caller)) wrong.Add($"{row.Method} as {caller}: expected {row.Expected(caller)}, got {status} ({detail})");
            }
        return wrong;
    }

    private static async Task<(StatusCode Status, string Detail)> CallAsync(PlatformBehindGateway platform, AccessRow row, Caller caller)
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
                    await WriteAllAsync(call.RequestStream, requests);
                    answers.Add(await call.ResponseAsync);
                    break;
                }
                default:
                {
                    using var call = invoker.AsyncDuplexStreamingCall(method, null, options);
                    await WriteAllAsync(call.RequestStream, requests);
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

    /// <summary>
    /// A refusal can end the call while the client is still writing; the write then fails with whatever the transport
    /// saw (often Cancelled), and the server's own answer is the call's status, read from the response.
    /// </summary>
    private static async Task WriteAllAsync(IClientStreamWriter<IMessage> stream, IEnumerable<IMessage> requests)
    {
        try
        {
            foreach (var request in requests) await stream.WriteAsync(request);
            await stream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The response carries the status.
        }
    }
}
