#:project ../ServiceDefaults/SendPlatform.ServiceDefaults.csproj
// Benchmark for issue #18: what reading the caller from a validated token costs, the gateway and every service doing
// it once per call. CallerOrganisation.FromPrincipal as it is (one pass over the claims, the scopes' set shared through
// ScopeSets) against the reading it replaced, kept below as the baseline (a search of the claims per kind, the scopes
// split into a new set), in the same run. The principals are built as a call gets them: ValidatedTokens answering a
// token seen again, each with an identity of its own. One thread, after a warm-up; each reading is checked.
// Usage: dotnet run bench/caller-reading.cs [readings per round, 200000]
using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SendPlatform.ServiceDefaults.Identity;

var count = args.Length > 0 ? int.Parse(args[0]) : 200_000;
var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 48)));
var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
{
    Issuer = "send-platform", Audience = "send-platform", Expires = DateTime.UtcNow.AddHours(1),
    SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    // An LA's development token: its claims and scopes as the gateway issues them.
    Claims = new Dictionary<string, object>
    {
        ["org_type"] = "la", ["org_id"] = "la-931", ["la_code"] = "931", ["sub"] = "la-931",
        ["scope"] = string.Join(' ', PlatformScopes.For(OrganisationType.La)),
    },
});
var parameters = new TokenValidationParameters { ValidIssuer = "send-platform", ValidAudience = "send-platform", IssuerSigningKey = key };
var tokens = new ValidatedTokens(TimeProvider.System);
var principals = new ClaimsPrincipal[1_000];
for (var i = 0; i < principals.Length; i++) principals[i] = new ClaimsPrincipal((await tokens.ValidateTokenAsync(token, parameters)).ClaimsIdentity);

Console.WriteLine($"{count:N0} readings a round, 3 rounds, one thread; an LA's token with {PlatformScopes.For(OrganisationType.La).Count} scopes");
Console.WriteLine("| round | before: ns / bytes per reading | FromPrincipal: ns / bytes per reading | time ratio |");
Console.WriteLine("|---|---|---|---|");
for (var round = 1; round <= 3; round++)
{
    var (beforeNs, beforeBytes) = Time(ReadAsBefore);
    var (nowNs, nowBytes) = Time(CallerOrganisation.FromPrincipal);
    Console.WriteLine($"| {round} | {beforeNs:0} / {beforeBytes:0} | {nowNs:0} / {nowBytes:0} | {nowNs / beforeNs:0.00}x |");
}

(double Ns, double Bytes) Time(Func<ClaimsPrincipal, CallerOrganisation?> read)
{
    for (var i = 0; i < 20_000; i++) Check(read(principals[i % principals.Length]));
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < count; i++) Check(read(principals[i % principals.Length]));
    return (clock.Elapsed.TotalNanoseconds / count, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)count);
}

static void Check(CallerOrganisation? caller)
{
    if (caller is not { Type: OrganisationType.La, OrgId: "la-931", LaCode: "931" } || !caller.Scopes.Contains("movements.write"))
        throw new InvalidOperationException("The caller was not read as the token names it.");
}

// The reading before 2026-12-03, the baseline.
static CallerOrganisation? ReadAsBefore(ClaimsPrincipal principal)
{
    if (principal.Identity?.IsAuthenticated != true) return null;
    if (!PlatformClaims.TryParseOrgType(principal.FindFirstValue(PlatformClaims.OrgType), out var type)) return null;
    var orgId = principal.FindFirstValue(PlatformClaims.OrgId);
    if (string.IsNullOrWhiteSpace(orgId)) return null;
    var laCode = principal.FindFirstValue(PlatformClaims.LaCode);
    if (type == OrganisationType.La && string.IsNullOrWhiteSpace(laCode)) return null;
    var scopes = principal.FindAll(PlatformClaims.Scope)
        .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToHashSet(StringComparer.Ordinal);
    return new CallerOrganisation(type, orgId, laCode, scopes);
}
