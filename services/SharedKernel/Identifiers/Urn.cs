using System.Diagnostics.CodeAnalysis;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>The six-digit unique reference number of an establishment.</summary>
public readonly record struct Urn
{
    private Urn(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out Urn? urn, out string reason)
    {
        urn = null;
        var value = text?.Trim() ?? "";
        if (value.Length != 6 || !value.All(char.IsAsciiDigit) || value[0] == '0')
        {
            reason = "must be a six-digit URN (100000 to 999999)";
            return false;
        }
        reason = "";
        urn = new Urn(value);
        return true;
    }

    public override string ToString() => Value;
}
