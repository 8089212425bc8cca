using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>A request's optional idempotency_key: blank is none; otherwise trimmed, at most 100 characters.</summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 100;

    public static string? Parse(string? text, Violations violations)
    {
        var key = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (key is { Length: > MaxLength }) violations.Add("idempotency_key", $"must be at most {MaxLength} characters");
        return key;
    }
}
