namespace SendPlatform.SharedKernel.Errors;

/// <summary>
/// A rule of the domain forbids the change (e.g. publishing an incomplete set); mapped to
/// FAILED_PRECONDITION (REST 412) with each broken rule as a precondition violation.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message, IReadOnlyList<FieldViolation>? problems = null) : base(message)
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<FieldViolation> Problems { get; }
}
