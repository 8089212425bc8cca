namespace SendPlatform.SharedKernel.Errors;

/// <summary>A call went past a documented limit (a stream's items or duration); mapped to RESOURCE_EXHAUSTED (REST 429).</summary>
public sealed class LimitExceededException(string message) : Exception(message);
