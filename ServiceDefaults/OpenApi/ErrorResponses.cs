using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// The errors every operation can answer with, each a google.rpc.Status (the same as gRPC callers get): the HTTP
/// status the platform maps each gRPC code to (ErrorStatus.HttpStatus) and the detail a caller can act on.
/// </summary>
public sealed class ErrorResponses : IOperationFilter
{
    private static readonly (string Status, string Description)[] Errors =
    [
        ("400", "INVALID_ARGUMENT: the request is malformed or a field is invalid. `details` holds a google.rpc.BadRequest "
            + "whose `fieldViolations` name each field and what is wrong with it. Nothing was changed."),
        ("401", "UNAUTHENTICATED: no bearer token, or one that is expired, not signed by the platform's authority, or for another audience."),
        ("403", "PERMISSION_DENIED: the token lacks the scope, or the organisation has no authority over this record "
            + "(e.g. another local authority's area)."),
        ("404", "NOT_FOUND: no such record, or none the caller may know of."),
        ("409", "ALREADY_EXISTS: the record exists, or the idempotency key was used with a different request."),
        ("412", "FAILED_PRECONDITION: the record's state does not allow this now. `details` holds a google.rpc.PreconditionFailure "
            + "whose `violations` give each rule's `type`, `subject` and `description`."),
        ("429", "RESOURCE_EXHAUSTED: the organisation's rate limit (a `Retry-After` header says when to retry) or a stream's limit."),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var status = context.SchemaGenerator.GenerateSchema(typeof(Google.Rpc.Status), context.SchemaRepository);
        // Generated so the document names the two detail shapes a Status carries.
        context.SchemaGenerator.GenerateSchema(typeof(Google.Rpc.BadRequest), context.SchemaRepository);
        context.SchemaGenerator.GenerateSchema(typeof(Google.Rpc.PreconditionFailure), context.SchemaRepository);
        foreach (var (code, description) in Errors)
        {
            operation.Responses[code] = new OpenApiResponse
            {
                Description = description,
                Content = { ["application/json"] = new OpenApiMediaType { Schema = status } },
            };
        }
    }
}
