using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using SendPlatform.SharedKernel.Errors;
using Status = Google.Rpc.Status;

namespace SendPlatform.ServiceDefaults.Errors;

/// <summary>
/// The platform's errors as google.rpc.Status with their details: one mapping for the gRPC interceptor and for
/// the few plain HTTP endpoints (e.g. NDJSON streams), so a caller sees the same error whichever way it called.
/// </summary>
public static class ErrorStatus
{
    /// <summary>The detail types errors carry, for anything that writes them as JSON (transcoding, plain endpoints).</summary>
    public static readonly TypeRegistry DetailTypes = TypeRegistry.FromMessages(Google.Rpc.BadRequest.Descriptor, PreconditionFailure.Descriptor);

    public static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithTypeRegistry(DetailTypes));

    /// <summary>The status for an exception the caller caused, or null for anything else (an internal error).</summary>
    public static Status? For(Exception exception) => exception switch
    {
        RequestValidationException v => InvalidArgument(v),
        DomainRuleException d => PreconditionFailed(d),
        NotFoundException => Simple(Code.NotFound, exception.Message),
        PermissionDeniedException => Simple(Code.PermissionDenied, exception.Message),
        AlreadyExistsException => Simple(Code.AlreadyExists, exception.Message),
        LimitExceededException => Simple(Code.ResourceExhausted, exception.Message),
        _ when HoldsUnstorableText(exception) => InvalidArgument(new RequestValidationException(
            [new FieldViolation("(text)", "holds a character no text can be stored with (NUL, or an invalid sequence)")])),
        _ => null,
    };

    // PostgreSQL refuses a NUL (or an invalid byte sequence) in text, in a query as in a write: the caller's input, not a fault.
    private static bool HoldsUnstorableText(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is Npgsql.PostgresException { SqlState: "22021" or "22P05" }) return true;
        return false;
    }

    /// <summary>The platform's REST status for a code: Google's mapping, except FAILED_PRECONDITION which is 412.</summary>
    public static int HttpStatus(int code) => (Code)code switch
    {
        Code.InvalidArgument => 400,
        Code.Unauthenticated => 401,
        Code.PermissionDenied => 403,
        Code.NotFound => 404,
        Code.AlreadyExists => 409,
        Code.FailedPrecondition => 412,
        Code.ResourceExhausted => 429,
        Code.Unavailable => 503,
        _ => 500,
    };

    // An error travels in gRPC headers (grpc-message, grpc-status-details-bin), which HTTP/2 peers cap at 64 KiB in
    // all: messages that quote the caller's input (an id of any length) are cut, and so is a list of thousands of
    // violations, so a refusal can never become a proxy's 502.
    private const int MaxMessage = 500;
    private const int MaxField = 100;
    private const int MaxDescription = 200;
    private const int MaxViolations = 50;

    public static Status Simple(Code code, string message) => new() { Code = (int)code, Message = Cut(message, MaxMessage) };

    private static Status InvalidArgument(RequestValidationException v)
    {
        var detail = new Google.Rpc.BadRequest();
        detail.FieldViolations.AddRange(Capped(v.Violations).Select(f =>
            new Google.Rpc.BadRequest.Types.FieldViolation { Field = f.Field, Description = f.Description }));
        return new Status { Code = (int)Code.InvalidArgument, Message = Cut(v.Message, MaxMessage), Details = { Any.Pack(detail) } };
    }

    private static Status PreconditionFailed(DomainRuleException d)
    {
        var status = new Status { Code = (int)Code.FailedPrecondition, Message = Cut(d.Message, MaxMessage) };
        if (d.Problems.Count > 0)
        {
            var detail = new PreconditionFailure();
            detail.Violations.AddRange(Capped(d.Problems).Select(p =>
                new PreconditionFailure.Types.Violation { Type = "RULE", Subject = p.Field, Description = p.Description }));
            status.Details.Add(Any.Pack(detail));
        }
        return status;
    }

    private static IEnumerable<FieldViolation> Capped(IReadOnlyList<FieldViolation> violations)
    {
        var shown = violations.Take(MaxViolations).Select(f => new FieldViolation(Cut(f.Field, MaxField), Cut(f.Description, MaxDescription)));
        return violations.Count <= MaxViolations ? shown
            : shown.Append(new FieldViolation("(more)", $"and {violations.Count - MaxViolations:N0} more problems; correct these and send again"));
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
