using Google.Protobuf.Reflection;
using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>Each generated C# message or enum type by its proto full name (send.funding.v1.Framework), for schema ids.</summary>
public static class ProtoNames
{
    private static readonly Dictionary<Type, string> Names = Load();

    public static string SchemaId(Type type) =>
        Names.TryGetValue(type, out var name) ? name : type.FullName?.Replace('+', '.') ?? type.Name;

    private static Dictionary<Type, string> Load()
    {
        var files = ContractDescriptors.Files.Concat(ContractDescriptors.In(typeof(Google.Rpc.Status).Assembly));
        var names = new Dictionary<Type, string>();
        foreach (var file in files)
        {
            foreach (var e in file.EnumTypes) Add(names, e.ClrType, e.FullName);
            foreach (var message in file.MessageTypes) AddMessage(names, message);
        }
        return names;
    }

    private static void AddMessage(Dictionary<Type, string> names, MessageDescriptor message)
    {
        Add(names, message.ClrType, message.FullName);
        foreach (var e in message.EnumTypes) Add(names, e.ClrType, e.FullName);
        foreach (var nested in message.NestedTypes) AddMessage(names, nested);
    }

    private static void Add(Dictionary<Type, string> names, Type? type, string fullName)
    {
        if (type is not null) names.TryAdd(type, fullName);
    }
}
