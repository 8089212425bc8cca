namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Endpoint metadata for a plain endpoint that reads a stream of NDJSON lines, for the OpenAPI document only:
/// Accepts() would also make routing refuse any other content type (415), which such an endpoint has never done.
/// </summary>
public sealed record NdjsonBody(string Description)
{
    public const string MediaType = "application/x-ndjson";
}
