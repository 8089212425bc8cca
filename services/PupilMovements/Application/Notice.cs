using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Application;

/// <summary>A valid notification waiting to be recorded, with the notifier's idempotency key.</summary>
public sealed record Notice(MovementNotification Notification, string? IdempotencyKey);
