namespace SendPlatform.Gateway.Audit;

/// <summary>What became of a call, in one word, from its HTTP status or, for gRPC (always HTTP 200), its grpc-status.</summary>
public static class AuditOutcome
{
    public static string Of(int httpStatus, string grpcStatus) => (httpStatus, grpcStatus) switch
    {
        (401, _) or (200, "16") => "unauthenticated",
        (403, _) or (200, "7") => "denied",
        (404, _) or (200, "5") => "not_found",
        (429, _) or (200, "8") => "rate_limited",
        (>= 500, _) or (200, "13" or "14" or "2" or "4") => "failed",
        (>= 400, _) or (200, not ("" or "0")) => "refused",
        _ => "allowed",
    };
}
