namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// An LA drew a tailored list of settings for a child: on which day (England), how many settings it lists, and the
/// provision type of the first (nearest suitable) suggestion, if any. Nothing about the child.
/// </summary>
public sealed record TailoredListDrawn(Guid ListId, string LaCode, DateOnly DrawnOn, int SettingsListed, string? FirstProvisionType) : IntegrationEvent;
