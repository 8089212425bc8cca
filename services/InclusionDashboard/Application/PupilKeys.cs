using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// The only form in which the dashboard keeps a pupil: HMAC-SHA256 of the UPN under a secret that is not in the
/// database ("PupilKeys:Secret", at least 32 characters; AppHost keeps one per data folder). Without the secret a
/// key cannot be tested against a guessed UPN, and the same child always has the same key, so they count once.
/// </summary>
public sealed class PupilKeys(IOptions<PupilKeys.Settings> settings)
{
    public sealed class Settings
    {
        public const string Section = "PupilKeys";

        [System.ComponentModel.DataAnnotations.MinLength(32)]
        [System.ComponentModel.DataAnnotations.Required]
        public string Secret { get; init; } = "";
    }

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(settings.Value.Secret);

    public string Of(string upn) => Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(upn.Trim().ToUpperInvariant())));
}
