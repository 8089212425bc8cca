using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace SendPlatform.ServiceDefaults.Identity;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer validation shared by the gateway and every service (each validates the token itself), through
    /// <see cref="ValidatedTokens"/> so a token seen again within a minute is not validated from scratch.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = TokenSettings.From(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(settings);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ValidatedTokens>();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<ValidatedTokens>((options, validated) =>
            {
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(validated);
            });
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                // Nothing reads the bearer token back from the request's authentication properties (a service calling
                // another presents its own token), so no copy of it is kept there.
                options.SaveToken = false;
                options.Authority = settings.Authority;
                options.RequireHttpsMetadata = settings.Authority?.StartsWith("https://", StringComparison.Ordinal) ?? true;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    IssuerSigningKey = settings.SymmetricKey,
                    ValidateIssuerSigningKey = true,
                    ValidAlgorithms = settings.ValidAlgorithms,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = PlatformClaims.OrgId,
                };
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
