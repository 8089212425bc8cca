namespace SendPlatform.SharedKernel.Errors;

/// <summary>One thing wrong with one field of a request; Field is the wire name, e.g. "content.standards[2].code".</summary>
public sealed record FieldViolation(string Field, string Description);
