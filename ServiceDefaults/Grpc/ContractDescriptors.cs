using System.Reflection;
using Google.Protobuf.Reflection;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>The .proto files compiled into an assembly (the contracts, or Google's), read from the generated reflection classes.</summary>
public static class ContractDescriptors
{
    /// <summary>Every file of the platform's contracts (send.*.v1).</summary>
    public static IReadOnlyList<FileDescriptor> Files { get; } = In(typeof(Contracts.Common.V1.Access).Assembly);

    /// <summary>Every service the contracts declare, e.g. send.funding.v1.FundingFrameworks.</summary>
    public static IReadOnlyList<ServiceDescriptor> Services { get; } = [.. Files.SelectMany(f => f.Services)];

    public static IReadOnlyList<FileDescriptor> In(Assembly assembly) =>
    [
        .. assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", typeof(FileDescriptor))?.GetValue(null))
            .OfType<FileDescriptor>(),
    ];
}
