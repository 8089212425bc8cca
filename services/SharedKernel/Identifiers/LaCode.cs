using System.Diagnostics.CodeAnalysis;

namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>A current local authority's three-digit code, parsed once at the edge.</summary>
public readonly record struct LaCode
{
    private LaCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out LaCode? code, out string reason)
    {
        code = null;
        var value = text?.Trim() ?? "";
        if (value.Length != 3 || !value.All(char.IsAsciiDigit))
        {
            reason = "must be a three-digit local authority code";
            return false;
        }
        if (!LocalAuthorities.IsCurrent(value))
        {
            reason = $"'{value}' is not a current English local authority code";
            return false;
        }
        reason = "";
        code = new LaCode(value);
        return true;
    }

    public override string ToString() => Value;
}
