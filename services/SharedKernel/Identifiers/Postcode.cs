using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>
/// A UK postcode in its written form: outward code, one space, inward code ("OX1 1AA"), whatever spacing or case it
/// arrived in. The shape is checked (as the ONS postcode directory's formats allow), not whether the postcode exists.
/// </summary>
public readonly partial record struct Postcode
{
    private Postcode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out Postcode? postcode, out string reason)
    {
        postcode = null;
        var compact = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (!Shape().IsMatch(compact))
        {
            reason = "must be a UK postcode, e.g. OX1 1AA";
            return false;
        }
        reason = "";
        postcode = new Postcode($"{compact[..^3]} {compact[^3..]}");
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex Shape();
}
