using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;

namespace SendPlatform.FundingBands.Api;

/// <summary>
/// NDJSON lines read from a request body as they arrive, each at most a set number of bytes. Written here because
/// StreamReader.ReadLineAsync has no length limit: one endless line would be held in memory whole. A longer line is
/// refused as soon as the limit is passed, without buffering the rest.
/// </summary>
public static class NdjsonLines
{
    public static async IAsyncEnumerable<string> ReadAsync(PipeReader body, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var lines = new List<string>();
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                lines.Add(Line(buffer.Slice(0, end), ++number, maxLineBytes));
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }
            if (buffer.Length > maxLineBytes) throw TooLong(number + 1, maxLineBytes);
            var last = result.IsCompleted && buffer.Length > 0 ? Line(buffer, ++number, maxLineBytes) : null;
            body.AdvanceTo(buffer.Start, buffer.End);
            foreach (var line in lines) yield return line;
            if (last is not null) yield return last;
            if (result.IsCompleted) yield break;
        }
    }

    private static string Line(ReadOnlySequence<byte> bytes, int number, int maxLineBytes) =>
        bytes.Length > maxLineBytes ? throw TooLong(number, maxLineBytes) : Encoding.UTF8.GetString(bytes).TrimEnd('\r');

    private static RequestValidationException TooLong(int number, int maxLineBytes) =>
        new([new FieldViolation($"line {number}", $"is longer than {maxLineBytes:N0} bytes")]);
}
