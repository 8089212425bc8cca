namespace SendPlatform.SharedKernel.Errors;

/// <summary>An unknown id; mapped to NOT_FOUND (REST 404).</summary>
public sealed class NotFoundException(string what, string id) : Exception($"{what} '{id}' was not found.");
