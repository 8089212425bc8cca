using System.Buffers.Text;
using System.Text;
using SendPlatform.Contracts.Common.V1;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>
/// Keyset paging shared by every list endpoint: page_size 1–500 (0 = 50); page_token is the opaque key of the
/// last row of the previous page, so pages stay stable while rows are added.
/// </summary>
public sealed record Paging(int PageSize, string? AfterKey)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static Paging From(PageRequest? page, Violations violations, string field = "page")
    {
        var size = page?.PageSize ?? 0;
        if (size == 0) size = DefaultPageSize;
        else if (size is < 1 or > MaxPageSize) violations.Add($"{field}.page_size", $"must be between 1 and {MaxPageSize}");

        string? after = null;
        if (!string.IsNullOrEmpty(page?.PageToken))
        {
            after = Decode(page.PageToken);
            if (after is null) violations.Add($"{field}.page_token", "is not a token this endpoint issued");
        }
        return new Paging(size, after);
    }

    /// <summary>The last row's sequence number, for lists keyed by an identity column; a token of another kind is a violation.</summary>
    public long? SequenceKey(Violations violations, string field = "page")
    {
        if (AfterKey is null) return null;
        if (long.TryParse(AfterKey, out var sequence)) return sequence;
        violations.Add($"{field}.page_token", "is not a token this endpoint issued");
        return null;
    }

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    private static string? Decode(string token)
    {
        try { return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)); }
        catch (FormatException) { return null; }
    }

    /// <summary>Builds the response page from rows fetched with PageSize + 1, which tells whether another page follows.</summary>
    public PageResponse Respond<T>(List<T> rows, Func<T, string> keyOf, int totalCount)
    {
        var response = new PageResponse { TotalCount = totalCount };
        if (rows.Count > PageSize)
        {
            rows.RemoveRange(PageSize, rows.Count - PageSize);
            response.NextPageToken = Encode(keyOf(rows[^1]));
        }
        return response;
    }
}
