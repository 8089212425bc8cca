using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Status = Google.Rpc.Status;

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
        catch (Exception ex) when (ex is not RpcException)
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
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
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
        catch (Exception ex) when (ex is not RpcException)
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
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    private RpcException Map(Exception ex, ServerCallContext context) => ex switch
    {
        RequestValidationException v => BadRequest(v),
        DomainRuleException d => PreconditionFailed(d, context),
        NotFoundException => Simple(Code.NotFound, ex.Message),
        PermissionDeniedException => Simple(Code.PermissionDenied, ex.Message),
        AlreadyExistsException => Simple(Code.AlreadyExists, ex.Message),
        OperationCanceledException when context.CancellationToken.IsCancellationRequested =>
            Simple(Code.Cancelled, "The call was cancelled."),
        _ => Internal(ex, context),
    };

    private static RpcException BadRequest(RequestValidationException v)
    {
        var detail = new BadRequest();
        detail.FieldViolations.AddRange(v.Violations.Select(f =>
            new BadRequest.Types.FieldViolation { Field = f.Field, Description = f.Description }));
        return new Status { Code = (int)Code.InvalidArgument, Message = v.Message, Details = { Any.Pack(detail) } }
            .ToRpcException();
    }

    private static RpcException PreconditionFailed(DomainRuleException d, ServerCallContext context)
    {
        // Transcoding follows Google's mapping (400); the platform's REST contract answers 412 so callers can
        // tell a broken rule from a malformed request. A gRPC response is always HTTP 200, so it is untouched.
        var http = context.GetHttpContext();
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status400BadRequest) http.Response.StatusCode = StatusCodes.Status412PreconditionFailed;
            return Task.CompletedTask;
        });
        var status = new Status { Code = (int)Code.FailedPrecondition, Message = d.Message };
        if (d.Problems.Count > 0)
        {
            var detail = new PreconditionFailure();
            detail.Violations.AddRange(d.Problems.Select(p =>
                new PreconditionFailure.Types.Violation { Type = "RULE", Subject = p.Field, Description = p.Description }));
            status.Details.Add(Any.Pack(detail));
        }
        return status.ToRpcException();
    }

    private static RpcException Simple(Code code, string message) =>
        new Status { Code = (int)code, Message = message }.ToRpcException();

    private RpcException Internal(Exception ex, ServerCallContext context)
    {
        var traceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
        logger.LogError(ex, "Unhandled error in {Method} (trace {TraceId})", context.Method, traceId);
        return Simple(Code.Internal, $"An internal error occurred; quote trace id {traceId}.");
    }
}
