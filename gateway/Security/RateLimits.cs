using System.Threading.RateLimiting;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.Gateway.Security;

/// <summary>A token bucket per calling organisation, keyed by (type, id), and per client address for callers without a valid token; sized from RateLimits:*.</summary>
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
                // Identity is the pair (type, id): a school and an LA with the same id are two callers. A caller
                // without a valid token is its client address, under no type.
                var key = context.Caller() is { } caller
                    ? ((OrganisationType?)caller.Type, caller.OrgId)
                    : (null, context.Connection.RemoteIpAddress?.ToString() ?? "");
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
