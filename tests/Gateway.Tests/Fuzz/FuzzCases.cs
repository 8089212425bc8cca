using SendPlatform.ServiceDefaults.Grpc;
using System.Text;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using SendPlatform.Gateway.Tests.Access;
using Movements = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.Gateway.Tests.Fuzz;

/// <summary>
/// Malformed requests generated from the contracts' descriptors, for every REST route (from each RPC's HTTP rule) and
/// every gRPC method: JSON with wrong types, missing, extra and repeated fields, huge strings, bad dates and
/// enumerations, negative and overflowing numbers, deep nesting; bodies that are not JSON or not UTF-8, or sent as
/// another content type; path segments and queries of every shape; and gRPC frames whose protobuf has mismatched wire
/// types, invalid UTF-8, unknown fields, impossible lengths, or whose frame is truncated, compressed without an
/// encoding, or sent as JSON. The same seed gives the same cases.
/// </summary>
public sealed partial class FuzzCases(int seed)
{
    private static readonly IReadOnlyList<MethodDescriptor> Methods = ContractDescriptors.Services.SelectMany(s => s.Methods)
        .OrderBy(m => m.FullName, StringComparer.Ordinal)
        .ToList();

    private static readonly IReadOnlyList<(MethodDescriptor Method, HttpMethod Verb, string Template, bool HasBody)> Routes = Methods
        .Select(m => (m, Rule: m.GetOptions()?.GetExtension(Google.Api.AnnotationsExtensions.Http)))
        .Where(r => r.Rule is not null)
        .Select(r => (r.m, Verb(r.Rule!), Template(r.Rule!), r.Rule!.Body.Length > 0))
        .ToList();

    private static readonly string[] Strings =
    [
        "", " ", "x", "null", "true", "0", "-1", "2026-02-30", "2026-13-01", "9999-99-99", "0000-00-00", "2026-11-30T25:61:61Z", "1e309", "NaN",
        "-Infinity", "99999999999999999999999", "A00000000000", "931", "9x9", "'; DROP TABLE pupils; --", "../../../etc/passwd", "%00", "\u0000",
        "\uFFFF", "\uD800", "💥🧒", "ٱلْعَرَبِيَّة", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "2026.1", "2026-27", "la-931", "100000",
        "AP_TIER_NOPE", "H801200001001", "\t\r\n",
    ];

    private static readonly object[] Numbers =
    [
        0, -1, 1, int.MaxValue, int.MinValue, 2147483648L, -2147483649L, long.MaxValue, long.MinValue, 1.5, -0.0, 1e308, -1e308, 18446744073709551616m,
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<FuzzCase> Take(int count)
    {
        for (var i = 0; i < count; i++) yield return Next();
    }

    private FuzzCase Next()
    {
        var caller = Pick([Caller.Dfe, Caller.Dfe, Caller.OwningLa, Caller.OwningLa, Caller.CurrentSchool, Caller.ApProvider, Caller.NoToken]);
        return _random.Next(10) < 6 ? Rest(caller) : Grpc(caller);
    }

    private FuzzCase Rest(Caller caller)
    {
        var (method, verb, template, hasBody) = Pick(Routes);
        var path = PathParameter().Replace(template, _ => Uri.EscapeDataString(Segment()));
        if (_random.Next(3) == 0) path += "?" + string.Join('&', Enumerable.Range(0, _random.Next(1, 4)).Select(_ => $"{Uri.EscapeDataString(QueryName(method))}={Uri.EscapeDataString(String())}"));
        var (kind, contentType, body) = _random.Next(10) switch
        {
            0 => ("rest-not-json", "application/json", Encoding.UTF8.GetBytes(Pick(["{", "[1,2", "{\"a\":}", "not json", "{}{}", "\"str\"", "[]", "{\"a\":1,}"]))),
            1 => ("rest-bad-utf8", "application/json", [(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}']),
            2 => ("rest-content-type", Pick(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/grpc", "application/x-www-form-urlencoded"]),
                Encoding.UTF8.GetBytes(Json(method.InputType, 0))),
            _ => ("rest-json", "application/json", Encoding.UTF8.GetBytes(Json(method.InputType, 0))),
        };
        var sent = hasBody || _random.Next(4) == 0 ? body : [];
        return new FuzzCase(kind, verb, path, sent.Length == 0 ? "" : contentType, sent, caller);
    }

    private FuzzCase Grpc(Caller caller)
    {
        var method = Pick(Methods);
        var path = $"/{method.Service.FullName}/{method.Name}";
        var message = Protobuf(method.InputType, 0);
        var (kind, contentType, body) = _random.Next(10) switch
        {
            0 => ("grpc-truncated", "application/grpc", Frame(message, compressed: false)[..Math.Max(1, _random.Next(1, 5 + message.Length))]),
            1 => ("grpc-compressed", "application/grpc", Frame(message, compressed: true)),
            2 => ("grpc-as-json", "application/json", Encoding.UTF8.GetBytes(Json(method.InputType, 0))),
            3 => ("grpc-garbage", "application/grpc", Frame(Bytes(_random.Next(0, 200)), compressed: false)),
            4 => ("grpc-frames", "application/grpc", [.. Frame(message, false), .. Frame(Protobuf(method.InputType, 0), false)]),
            _ => ("grpc-protobuf", "application/grpc", Frame(message, compressed: false)),
        };
        return new FuzzCase(kind, HttpMethod.Post, path, contentType, body, caller);
    }

    private string Json(MessageDescriptor type, int depth)
    {
        if (depth > 3 || _random.Next(12) == 0) return Value(null, depth);
        var fields = type.Fields.InDeclarationOrder().Where(_ => _random.Next(4) != 0)
            .Select(f => $"{Quote(_random.Next(8) == 0 ? f.Name : f.JsonName)}:{Value(f, depth)}").ToList();
        if (_random.Next(4) == 0) fields.Add($"{Quote(String())}:{Value(null, depth + 1)}");
        if (_random.Next(10) == 0 && fields.Count > 0) fields.Add(fields[0]);
        return "{" + string.Join(",", fields) + "}";
    }

    private string Value(FieldDescriptor? field, int depth)
    {
        if (field is not null && _random.Next(3) != 0)
        {
            string One() => field.FieldType switch
            {
                FieldType.Message => Json(field.MessageType, depth + 1),
                FieldType.Enum => _random.Next(3) == 0 ? _random.Next(-5, 100).ToString() : Quote(_random.Next(2) == 0 ? Pick(field.EnumType.Values.ToList()).Name : String()),
                FieldType.String => Quote(String()),
                FieldType.Bool => Pick<string>(["true", "false", "\"yes\"", "1"]),
                FieldType.Bytes => Quote(_random.Next(2) == 0 ? Convert.ToBase64String(Bytes(20)) : "!!not base64!!"),
                _ => _random.Next(3) == 0 ? Quote(Number()) : Number(),
            };
            return field.IsRepeated && _random.Next(4) != 0 ? "[" + string.Join(",", Enumerable.Range(0, _random.Next(0, 30)).Select(_ => One())) + "]" : One();
        }
        return _random.Next(8) switch
        {
            0 => "null",
            1 => Number(),
            2 => Quote(String()),
            3 => "[" + string.Join(",", Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Value(null, depth + 1))) + "]",
            4 => new string('[', 64) + new string(']', 64),
            5 => "{\"a\":" + Value(null, depth + 1) + "}",
            6 => Pick(["true", "false"]),
            _ => Quote(new string('9', _random.Next(1, 400))),
        };
    }

    /// <summary>Protobuf of the message's fields with the right or wrong wire types, unknown fields, bad UTF-8 and lengths that lie.</summary>
    private byte[] Protobuf(MessageDescriptor type, int depth)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        foreach (var field in type.Fields.InDeclarationOrder().Where(_ => _random.Next(3) != 0))
            WriteField(buffer, output, field.FieldNumber, field, depth);
        if (_random.Next(4) == 0) WriteField(buffer, output, _random.Next(100, 536_870_911), null, depth);
        output.Flush();
        var bytes = buffer.ToArray();
        return _random.Next(10) == 0 && bytes.Length > 1 ? bytes[..^1] : bytes;
    }

    private void WriteField(MemoryStream buffer, CodedOutputStream output, int number, FieldDescriptor? field, int depth)
    {
        var wire = field is not null && _random.Next(4) != 0 ? WireOf(field) : Pick([WireFormat.WireType.Varint, WireFormat.WireType.Fixed64,
            WireFormat.WireType.LengthDelimited, WireFormat.WireType.Fixed32, WireFormat.WireType.StartGroup]);
        output.WriteTag(number, wire);
        switch (wire)
        {
            case WireFormat.WireType.Varint: output.WriteUInt64((ulong)_random.NextInt64(long.MinValue, long.MaxValue)); break;
            case WireFormat.WireType.Fixed64: output.WriteFixed64((ulong)_random.NextInt64()); break;
            case WireFormat.WireType.Fixed32: output.WriteFixed32((uint)_random.Next()); break;
            case WireFormat.WireType.StartGroup: break;
            default:
                var payload = field?.FieldType == FieldType.Message && depth < 3 ? Protobuf(field.MessageType, depth + 1)
                    : _random.Next(4) == 0 ? [0xC3, 0x28, 0xA0, 0xA1] : Encoding.UTF8.GetBytes(String());
                if (_random.Next(12) == 0) output.WriteUInt32((uint)payload.Length + (uint)_random.Next(1, 1_000_000));
                else output.WriteUInt32((uint)payload.Length);
                output.Flush();
                buffer.Write(payload);
                break;
        }
    }

    private static WireFormat.WireType WireOf(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Double or FieldType.Fixed64 or FieldType.SFixed64 => WireFormat.WireType.Fixed64,
        FieldType.Float or FieldType.Fixed32 or FieldType.SFixed32 => WireFormat.WireType.Fixed32,
        FieldType.String or FieldType.Bytes or FieldType.Message => WireFormat.WireType.LengthDelimited,
        _ => WireFormat.WireType.Varint,
    };

    private static byte[] Frame(byte[] message, bool compressed)
    {
        var frame = new byte[5 + message.Length];
        frame[0] = compressed ? (byte)1 : (byte)0;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }

    private string String() => _random.Next(10) switch
    {
        0 => new string((char)_random.Next('a', 'z' + 1), _random.Next(1_000, 200_000)),
        1 => new string(Enumerable.Range(0, _random.Next(1, 40)).Select(_ => (char)_random.Next(0, 0xFFFF)).ToArray()),
        _ => Pick(Strings),
    };

    private string Segment() => _random.Next(6) switch
    {
        0 => new string('9', _random.Next(1, 3_000)),
        1 => Pick(["..", ".", "%2F", "a/b", "a b", "~", "-", "_"]),
        // A NUL in a path is refused by the HTTP server itself, before any route: that is Kestrel's to answer, not ours.
        _ => String() is { Length: > 0 and < 500 } s && !s.Contains('\0') ? s : "x",
    };

    private string QueryName(MethodDescriptor method) =>
        _random.Next(3) == 0 ? String() : Pick(method.InputType.Fields.InDeclarationOrder().Select(f => f.JsonName).Append("page.pageSize").Append("page.page_token").ToList());

    private string Number() => Convert.ToString(Pick(Numbers), System.Globalization.CultureInfo.InvariantCulture)!;

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static HttpMethod Verb(Google.Api.HttpRule rule) => rule.PatternCase switch
    {
        Google.Api.HttpRule.PatternOneofCase.Get => HttpMethod.Get,
        Google.Api.HttpRule.PatternOneofCase.Post => HttpMethod.Post,
        Google.Api.HttpRule.PatternOneofCase.Put => HttpMethod.Put,
        Google.Api.HttpRule.PatternOneofCase.Delete => HttpMethod.Delete,
        _ => HttpMethod.Patch,
    };

    private static string Template(Google.Api.HttpRule rule) => rule.PatternCase switch
    {
        Google.Api.HttpRule.PatternOneofCase.Get => rule.Get,
        Google.Api.HttpRule.PatternOneofCase.Post => rule.Post,
        Google.Api.HttpRule.PatternOneofCase.Put => rule.Put,
        Google.Api.HttpRule.PatternOneofCase.Delete => rule.Delete,
        _ => rule.Patch,
    };

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
