namespace SendPlatform.SharedKernel.Errors;

/// <summary>A different resource already holds this key; mapped to ALREADY_EXISTS (REST 409).</summary>
public sealed class AlreadyExistsException(string message) : Exception(message);
