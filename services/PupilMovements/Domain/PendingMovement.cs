namespace SendPlatform.PupilMovements.Domain;

/// <summary>A valid notification, with who sent it and its idempotency key, waiting to be recorded.</summary>
public sealed record PendingMovement(MovementNotification Notification, string NotifiedBy, string? IdempotencyKey);
