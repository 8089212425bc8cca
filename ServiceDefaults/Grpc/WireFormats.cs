using System.Globalization;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>Parses the wire's text forms (ISO dates, decimals) once at the edge, collecting a violation per bad field.</summary>
public static class WireFormats
{
    public static DateOnly? Date(string text, string field, Violations violations, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) violations.Add(field, "is required (YYYY-MM-DD)");
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        violations.Add(field, "must be a date as YYYY-MM-DD");
        return null;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A decimal with at most maxPlaces decimal places in (exclusiveMin, inclusiveMax].</summary>
    public static decimal? Decimal(string text, string field, Violations violations, int maxPlaces, decimal exclusiveMin, decimal inclusiveMax)
    {
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            violations.Add(field, "must be a decimal number, e.g. 1.0530");
            return null;
        }
        if (value.Scale > maxPlaces && value != decimal.Round(value, maxPlaces))
        {
            violations.Add(field, $"must have at most {maxPlaces} decimal places");
            return null;
        }
        if (value <= exclusiveMin || value > inclusiveMax)
        {
            violations.Add(field, $"must be more than {exclusiveMin} and at most {inclusiveMax}");
            return null;
        }
        return value;
    }
}
