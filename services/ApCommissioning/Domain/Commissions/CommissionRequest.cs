using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Commissions;

/// <summary>A commission as the LA asks for it, parsed at the edge.</summary>
public sealed record CommissionRequest(string LaCode, Guid ProviderId, ApTier Tier, int Places, DateOnly Start, DateOnly End, string? Band, string? OverrideReason);
