using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.Gateway.Security;

/// <summary>A token bucket per calling organisation (per client address before authentication), sized from RateLimits:*.</summary>
public static class RateLimits
{
    public const string PolicyName = "per-organisation";

    public static IServiceCollection AddPartnerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perSecond = configuration.GetValue("RateLimits:TokensPerSecond", 200);
        var burst = configuration.GetValue("RateLimits:Burst", 400);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context =>
            {
                var key = CallerOrganisation.FromPrincipal(context.User)?.OrgId
                          ?? "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });
        });
    }
}
