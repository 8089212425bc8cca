#:project ../ServiceDefaults/SendPlatform.ServiceDefaults.csproj
// Benchmark for issue #18: what validating a bearer token costs each hop (the gateway, then the service), by signing
// algorithm, and what a token seen again costs through ValidatedTokens, measured in the same run. One thread, after a
// warm-up; each result is checked valid. Usage: dotnet run bench/token-validation.cs [validations per case, 20000]
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SendPlatform.ServiceDefaults.Identity;

var count = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var claims = new Dictionary<string, object>
{
    ["org_type"] = "la", ["org_id"] = "la-931", ["la_code"] = "931",
    ["scope"] = "standards.read funding.read movements.read movements.write ap.read ap.write inclusion.read inclusion.write ehcp.read ehcp.write dashboard.read",
};
(string Name, SecurityKey Key, string Algorithm)[] cases =
[
    ("HS256 (the development key)", new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 48))), SecurityAlgorithms.HmacSha256),
    ("RS256, 2048-bit", new RsaSecurityKey(RSA.Create(2048)) { KeyId = "rs" }, SecurityAlgorithms.RsaSha256),
    ("PS256, 2048-bit", new RsaSecurityKey(RSA.Create(2048)) { KeyId = "ps" }, SecurityAlgorithms.RsaSsaPssSha256),
    ("ES256, P-256", new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "es" }, SecurityAlgorithms.EcdsaSha256),
];

Console.WriteLine($"{count:N0} validations of one token per case, one thread");
Console.WriteLine("| algorithm | token chars | validated each time (us) | seen again, ValidatedTokens (us) | ratio |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var (name, key, algorithm) in cases)
{
    var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "send-platform", Audience = "send-platform", Claims = claims, Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(key, algorithm),
    });
    var parameters = new TokenValidationParameters
    {
        ValidIssuer = "send-platform", ValidAudience = "send-platform", IssuerSigningKey = key, ValidAlgorithms = [algorithm],
        NameClaimType = PlatformClaims.OrgId,
    };
    var each = await Time(new JsonWebTokenHandler(), token, parameters);
    var seen = await Time(new ValidatedTokens(TimeProvider.System), token, parameters);
    Console.WriteLine($"| {name} | {token.Length} | {each:0.0} | {seen:0.0} | {seen / each:0.00}x |");
}

async Task<double> Time(TokenHandler handler, string token, TokenValidationParameters parameters)
{
    for (var i = 0; i < 3_000; i++) await Valid(handler, token, parameters);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < count; i++) await Valid(handler, token, parameters);
    return clock.Elapsed.TotalMicroseconds / count;
}

static async Task Valid(TokenHandler handler, string token, TokenValidationParameters parameters)
{
    var result = await handler.ValidateTokenAsync(token, parameters);
    if (!result.IsValid || result.ClaimsIdentity.Name != "la-931") throw new InvalidOperationException("The token did not validate.", result.Exception);
}
