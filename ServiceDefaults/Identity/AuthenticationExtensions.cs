using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace SendPlatform.ServiceDefaults.Identity;

public static class AuthenticationExtensions
{
    /// <summary>JWT bearer validation shared by the gateway and every service (each validates the token itself).</summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = TokenSettings.From(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(settings);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
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
