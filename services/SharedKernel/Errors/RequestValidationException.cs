namespace SendPlatform.SharedKernel.Errors;

/// <summary>The request is malformed; mapped to INVALID_ARGUMENT (REST 400) with every violation listed.</summary>
public sealed class RequestValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception("The request has invalid fields: " + string.Join(", ", violations.Select(v => v.Field)))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
