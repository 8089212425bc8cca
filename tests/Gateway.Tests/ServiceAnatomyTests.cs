using System.Reflection;
using NetArchTest.Rules;

namespace SendPlatform.Gateway.Tests;

/// <summary>
/// The rooms every service keeps (STYLE.md), checked on the compiled code, method bodies included: a domain that
/// reached for gRPC, EF Core, the bus or the wire contracts, or an Api that called into Events (or back), fails here.
/// </summary>
public sealed class ServiceAnatomyTests
{
    public static TheoryData<string> Services => ["NationalStandards", "FundingBands", "InclusionPlans", "ApCommissioning", "PupilMovements", "InclusionDashboard", "EhcAssessments"];

    private static readonly string[] Frameworks =
    [
        "Grpc", "Google.Protobuf", "Microsoft.EntityFrameworkCore", "Npgsql", "MassTransit", "Microsoft.AspNetCore", "StackExchange.Redis",
        "SendPlatform.Contracts", "SendPlatform.ServiceDefaults",
    ];

    [Theory, MemberData(nameof(Services))]
    public void A_service_domain_depends_on_no_framework_bus_or_wire_type(string service) =>
        AssertNone(Types.InAssembly(Load(service)).That().ResideInNamespace($"SendPlatform.{service}.Domain")
            .ShouldNot().HaveDependencyOnAny(Frameworks).GetResult());

    [Theory, MemberData(nameof(Services))]
    public void Request_handlers_and_consumers_never_reach_into_each_other(string service)
    {
        var types = Types.InAssembly(Load(service));
        AssertNone(types.That().ResideInNamespace($"SendPlatform.{service}.Api").ShouldNot().HaveDependencyOnAny($"SendPlatform.{service}.Events").GetResult());
        AssertNone(types.That().ResideInNamespace($"SendPlatform.{service}.Events").ShouldNot().HaveDependencyOnAny($"SendPlatform.{service}.Api").GetResult());
        // Pages (the dashboard's Web room) are a third door: they share use cases with the API, never its handlers.
        AssertNone(types.That().ResideInNamespace($"SendPlatform.{service}.Web").ShouldNot().HaveDependencyOnAny($"SendPlatform.{service}.Api", $"SendPlatform.{service}.Events").GetResult());
        AssertNone(types.That().ResideInNamespace($"SendPlatform.{service}.Api").ShouldNot().HaveDependencyOnAny($"SendPlatform.{service}.Web").GetResult());
    }

    [Fact]
    public void The_shared_kernel_references_no_package() =>
        Assert.Empty(Assembly.Load("SendPlatform.SharedKernel").GetReferencedAssemblies()
            .Where(a => a.Name is not { } name || !(name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal)))
            .Select(a => a.Name));

    private static Assembly Load(string service) => Assembly.Load($"SendPlatform.{service}");

    private static void AssertNone(TestResult result) =>
        Assert.True(result.IsSuccessful, string.Join("\n", result.FailingTypes.Select(t => $"{t.FullName}: {t.Explanation}")));
}
