namespace SendPlatform.SharedKernel.Errors;

/// <summary>The caller's organisation may not do this; mapped to PERMISSION_DENIED (REST 403).</summary>
public sealed class PermissionDeniedException(string message) : Exception(message);
