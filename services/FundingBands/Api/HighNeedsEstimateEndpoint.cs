using SendPlatform.ServiceDefaults.Grpc;
using Google.Protobuf;
using Microsoft.AspNetCore.Http.Features;
using SendPlatform.ServiceDefaults.Errors;
using Proto = SendPlatform.Contracts.Funding.V1;
using SendPlatform.FundingBands.Upstream;

namespace SendPlatform.FundingBands.Api;

/// <summary>
/// POST /v1/funding/high-needs:estimate for REST callers. JSON transcoding cannot carry a client stream, so this
/// reads NDJSON as it arrives (first line the header, then one placement per line, in the proto's JSON form) and
/// answers with the same HighNeedsEstimate JSON, or the same google.rpc.Status errors, as the gRPC method. Who may
/// estimate is decided before the body is read; a line, the body and the stream (items, time) each have a limit.
/// </summary>
public static class HighNeedsEstimateEndpoint
{
    public const long MaxBodyBytes = 1L << 30;

    private const string EstimateMethod = "/send.funding.v1.FundingPricing/EstimateHighNeeds";

    /// <summary>A placement line is about 150 bytes; 64 KiB leaves room for any real one and none for a line without end.</summary>
    public const int MaxLineBytes = 64 * 1024;

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static void MapHighNeedsEstimate(this WebApplication app) =>
        app.MapPost("/v1/funding/high-needs:estimate", async (HttpContext http, HighNeedsEstimation estimation, NationalProvisionTypes provisionTypes) =>
        {
            // A national batch (640,000 lines) is far above Kestrel's 30 MB default; it is read as a stream, never held.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
            try
            {
                var caller = CallerOrganisation.FromPrincipal(http.User)
                    ?? throw new PermissionDeniedException("The bearer token does not name an organisation.");
                // Not a gRPC call, so the policy the interceptor applies to EstimateHighNeeds is applied here.
                CallerPolicy.Require(caller, CallerPolicy.Methods[EstimateMethod]);
                HighNeedsEstimation.RequireMayEstimate(caller);
                using var stream = HighNeedsEstimation.Limit.Start(caller, http.RequestAborted);
                var estimate = await stream.RunAsync(async ct =>
                {
                    await using var lines = NdjsonLines.ReadAsync(http.Request.BodyReader, MaxLineBytes, ct).GetAsyncEnumerator(ct);
                    if (!await lines.MoveNextAsync() || string.IsNullOrWhiteSpace(lines.Current))
                        throw new RequestValidationException([new FieldViolation("header", "the first line must be the header")]);
                    var header = Parse<Proto.HighNeedsEstimateHeader>(lines.Current, "header");
                    var types = await provisionTypes.GetAsync(http.OnBehalfOfCaller());
                    var estimator = await estimation.StartAsync(caller, header, types, ct);
                    var line = 1;
                    while (await lines.MoveNextAsync())
                    {
                        line++;
                        if (string.IsNullOrWhiteSpace(lines.Current)) continue;
                        stream.Count();
                        Proto.EstimatePlacement placement;
                        try { placement = Parser.Parse<Proto.EstimatePlacement>(lines.Current); }
                        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException)
                        {
                            estimator.Reject($"line {line}", "", $"not a placement: {ex.Message}");
                            continue;
                        }
                        HighNeedsEstimation.Add(estimator, placement, types);
                    }
                    return HighNeedsEstimation.ToProto(estimator);
                });
                return Results.Text(JsonFormatter.Default.Format(estimate), "application/json");
            }
            catch (Exception ex) when (ErrorStatus.For(ex) is { } status)
            {
                return Results.Text(ErrorStatus.Json.Format(status), "application/json", statusCode: ErrorStatus.HttpStatus(status.Code));
            }
        }).RequireAuthorization()
            // For the OpenAPI document: the RPC it stands for (its scope), and its body and answer.
            .WithMetadata(CallerPolicy.Methods[EstimateMethod])
            .WithTags(nameof(Proto.FundingPricing))
            .WithName(EstimateMethod[1..].Replace('/', '.'))
            .WithSummary("EstimateHighNeeds")
            .WithDescription("An LA's high-needs top-up spend estimated from a stream of placements.")
            .WithMetadata(new SendPlatform.ServiceDefaults.OpenApi.NdjsonBody(
                "NDJSON: the first line a HighNeedsEstimateHeader, then one EstimatePlacement per line, in the protos' JSON form."))
            .Produces<Proto.HighNeedsEstimate>(StatusCodes.Status200OK, "application/json");

    private static T Parse<T>(string json, string field) where T : IMessage<T>, new()
    {
        try { return Parser.Parse<T>(json); }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException) { throw new RequestValidationException([new FieldViolation(field, ex.Message)]); }
    }
}
