using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SendPlatform.ServiceDefaults.Errors;

/// <summary>
/// The one place exceptions become gRPC statuses (and, through JSON transcoding, REST errors):
/// callers get a code and the detail they can act on, never a stack trace.
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException || IsDependencyFault(ex))
        {
            throw Map(ex, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(new RequestStream<TRequest>(requestStream), context);
        }
        catch (Exception ex) when (ex is not RpcException || IsDependencyFault(ex))
        {
            throw Map(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException || IsDependencyFault(ex))
        {
            throw Map(ex, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(new RequestStream<TRequest>(requestStream), responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException || IsDependencyFault(ex))
        {
            throw Map(ex, context);
        }
    }

    /// <summary>
    /// A dependency's failure (another service down, timed out, or broken): its detail names internal hosts and ports,
    /// so the caller gets the code and a trace id, and the detail goes to the log. A dependency's refusal (NOT_FOUND,
    /// FAILED_PRECONDITION, ...) is about the caller's request and passes as it is.
    /// </summary>
    private static bool IsDependencyFault(Exception ex) => ex is RpcException
    {
        StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown or StatusCode.DataLoss or StatusCode.Unimplemented,
    };

    private RpcException Map(Exception ex, ServerCallContext context)
    {
        if (ex is RpcException fault)
        {
            var trace = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
            logger.LogWarning("A dependency of {Method} failed with {StatusCode}: {Detail} (trace {TraceId})", context.Method, fault.StatusCode, fault.Status.Detail, trace);
            return ErrorStatus.Simple((Code)(int)fault.StatusCode, $"A service this call depends on did not answer; try again later, quoting trace id {trace}.").ToRpcException();
        }
        if (ErrorStatus.For(ex) is { } status)
        {
            if (status.Code == (int)Code.FailedPrecondition) AnswerRestWith412(context);
            return status.ToRpcException();
        }
        if (ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
            return ErrorStatus.Simple(Code.Cancelled, "The call was cancelled.").ToRpcException();
        var traceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
        if (TransientFailures.IsTransient(ex))
        {
            // The database (or Redis, or the network) is away: the same call with the same idempotency key is safe to
            // repeat, and will succeed once it is back.
            logger.LogWarning(ex, "{Method} failed for a transient reason (trace {TraceId})", context.Method, traceId);
            return ErrorStatus.Simple(Code.Unavailable, $"The service cannot reach its data just now; try again later with the same idempotency key, quoting trace id {traceId}.")
                .ToRpcException();
        }
        logger.LogError(ex, "Unhandled error in {Method} (trace {TraceId})", context.Method, traceId);
        return ErrorStatus.Simple(Code.Internal, $"An internal error occurred; quote trace id {traceId}.").ToRpcException();
    }

    // Transcoding follows Google's mapping (400); the platform's REST contract answers 412 so callers can tell a
    // broken rule from a malformed request. A gRPC response is always HTTP 200, so it is untouched.
    private static void AnswerRestWith412(ServerCallContext context)
    {
        var http = context.GetHttpContext();
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status400BadRequest) http.Response.StatusCode = StatusCodes.Status412PreconditionFailed;
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// A request stream whose framing the gRPC library cannot read (a frame cut short, compression with no encoding)
    /// is the caller's mistake, answered INVALID_ARGUMENT; the library reports it as INTERNAL, which would read as a
    /// dependency's failure here.
    /// </summary>
    private sealed class RequestStream<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            try
            {
                return await inner.MoveNext(cancellationToken);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Internal)
            {
                throw ErrorStatus.For(new SharedKernel.Errors.RequestValidationException(
                    [new SharedKernel.Errors.FieldViolation("(request stream)", $"is not a valid gRPC stream: {ex.Status.Detail}")]))!.ToRpcException();
            }
        }
    }
}
