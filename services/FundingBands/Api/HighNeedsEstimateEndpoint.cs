using SendPlatform.ServiceDefaults.Grpc;
using Google.Protobuf;
using Microsoft.AspNetCore.Http.Features;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Identity;
using Proto = SendPlatform.Contracts.Funding.V1;

namespace SendPlatform.FundingBands.Api;

/// <summary>
/// POST /v1/funding/high-needs:estimate for REST callers. JSON transcoding cannot carry a client stream, so this
/// reads NDJSON as it arrives (first line the header, then one placement per line, in the proto's JSON form) and
/// answers with the same HighNeedsEstimate JSON, or the same google.rpc.Status errors, as the gRPC method.
/// </summary>
public static class HighNeedsEstimateEndpoint
{
    public const long MaxBodyBytes = 1L << 30;

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
                using var reader = new StreamReader(http.Request.Body);
                var line = 0;
                var headerLine = await reader.ReadLineAsync(http.RequestAborted);
                line++;
                if (string.IsNullOrWhiteSpace(headerLine))
                    throw new RequestValidationException([new FieldViolation("header", "the first line must be the header")]);
                var header = Parse<Proto.HighNeedsEstimateHeader>(headerLine, "header");
                var types = await provisionTypes.GetAsync(http.OnBehalfOfCaller());
                var estimator = await estimation.StartAsync(caller, header, http.RequestAborted);
                while (await reader.ReadLineAsync(http.RequestAborted) is { } text)
                {
                    line++;
                    if (string.IsNullOrWhiteSpace(text)) continue;
                    Proto.EstimatePlacement placement;
                    try { placement = Parser.Parse<Proto.EstimatePlacement>(text); }
                    catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException)
                    {
                        estimator.Reject($"line {line}", "", $"not a placement: {ex.Message}");
                        continue;
                    }
                    HighNeedsEstimation.Add(estimator, placement, types);
                }
                return Results.Text(JsonFormatter.Default.Format(HighNeedsEstimation.ToProto(estimator)), "application/json");
            }
            catch (Exception ex) when (ErrorStatus.For(ex) is { } status)
            {
                return Results.Text(ErrorStatus.Json.Format(status), "application/json", statusCode: ErrorStatus.HttpStatus(status.Code));
            }
        }).RequireAuthorization();

    private static T Parse<T>(string json, string field) where T : IMessage<T>, new()
    {
        try { return Parser.Parse<T>(json); }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException) { throw new RequestValidationException([new FieldViolation(field, ex.Message)]); }
    }
}
