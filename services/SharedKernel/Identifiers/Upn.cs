using System.Diagnostics.CodeAnalysis;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>
/// A unique pupil number: check letter + LA code (3) + establishment (4) + year (2) + serial (3); a temporary
/// UPN ends in a letter. The one validator every service uses at its edge.
/// </summary>
public readonly record struct Upn
{
    // Index = value; I, O and S are never used.
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn(string value) => Value = value;

    public string Value { get; }

    public string LaCode => Value.Substring(1, 3);

    public bool IsTemporary => char.IsAsciiLetter(Value[12]);

    public static bool TryParse(string? text, [NotNullWhen(true)] out Upn? upn, out string reason)
    {
        upn = null;
        var value = text?.Trim().ToUpperInvariant() ?? "";
        reason = FindProblem(value);
        if (reason.Length > 0) return false;
        upn = new Upn(value);
        return true;
    }

    /// <summary>
    /// The UPN for characters 2–13 (LA code, establishment, year, serial), with its check letter computed: how an
    /// issuing system (or a test or benchmark generating pupils) makes one.
    /// </summary>
    public static Upn Issue(string lastTwelve)
    {
        if (lastTwelve.Length != 12) throw new ArgumentException("the characters after the check letter are 12", nameof(lastTwelve));
        if (!TryParse(CheckLetterFor("?" + lastTwelve) + lastTwelve, out var upn, out var reason)) throw new ArgumentException(reason, nameof(lastTwelve));
        return upn.Value;
    }

    private static string FindProblem(string value)
    {
        if (value.Length != 13) return "a UPN has 13 characters";
        if (CheckLetters.IndexOf(value[0]) < 0) return "the first character must be a check letter (A-Z, not I, O or S)";
        for (var i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(value[i])) return $"character {i + 1} must be a digit";
        }
        if (!char.IsAsciiDigit(value[12]) && CheckLetters.IndexOf(value[12]) < 0)
            return "the last character must be a digit, or a letter (not I, O or S) for a temporary UPN";
        var laCode = value.Substring(1, 3);
        if (!LocalAuthorities.IsKnownOnUpn(laCode)) return $"'{laCode}' is not a known local authority code";
        if (value[0] != CheckLetterFor(value)) return "the check letter does not match";
        return "";
    }

    /// <summary>Sum of character i (2..13) × i, where letters count by their check-letter value; mod 23.</summary>
    private static char CheckLetterFor(string value)
    {
        var sum = 0;
        for (var i = 1; i < 13; i++)
        {
            var c = value[i];
            var charValue = char.IsAsciiDigit(c) ? c - '0' : CheckLetters.IndexOf(c);
            sum += charValue * (i + 1);
        }
        return CheckLetters[sum % 23];
    }

    public override string ToString() => Value;
}
