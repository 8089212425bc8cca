using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.Gateway.Security;

/// <summary>The gateway's own errors, in the google.rpc.Status JSON shape the services' JSON transcoding returns.</summary>
public static class RestErrors
{
    public static IResult BadRequest(IEnumerable<FieldViolation> violations) => Results.Json(new
    {
        code = 3,
        message = "The request has invalid fields.",
        details = new object[]
        {
            new Dictionary<string, object>
            {
                ["@type"] = "type.googleapis.com/google.rpc.BadRequest",
                ["fieldViolations"] = violations.Select(f => new { field = f.Field, description = f.Description }),
            },
        },
    }, statusCode: StatusCodes.Status400BadRequest);
}
