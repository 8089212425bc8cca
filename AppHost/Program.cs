using SendPlatform.AppHost.Hosting;

// The platform's app model. Adding a service is one AddProject line with its references.
var builder = DistributedApplicationBuilder.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres");
var standardsDb = postgres.AddDatabase("standardsdb");
var fundingDb = postgres.AddDatabase("fundingdb");
var movementsDb = postgres.AddDatabase("movementsdb");
var apDb = postgres.AddDatabase("apdb");
var plansDb = postgres.AddDatabase("plansdb");
var messaging = builder.AddRabbitMQ("messaging");
var cache = builder.AddRedis("cache");

var nationalStandards = builder.AddProject("national-standards", "services/NationalStandards/SendPlatform.NationalStandards.csproj")
    .WithReference(standardsDb).WithReference(messaging).WithReference(cache)
    .WaitFor(standardsDb).WaitFor(messaging).WaitFor(cache);

var fundingBands = builder.AddProject("funding-bands", "services/FundingBands/SendPlatform.FundingBands.csproj")
    .WithReference(fundingDb).WithReference(messaging).WithReference(cache).WithReference(nationalStandards)
    .WaitFor(fundingDb).WaitFor(messaging).WaitFor(cache).WaitFor(nationalStandards);

var pupilMovements = builder.AddProject("pupil-movements", "services/PupilMovements/SendPlatform.PupilMovements.csproj")
    .WithReference(movementsDb).WithReference(messaging).WithReference(cache)
    .WaitFor(movementsDb).WaitFor(messaging).WaitFor(cache);

var apCommissioning = builder.AddProject("ap-commissioning", "services/ApCommissioning/SendPlatform.ApCommissioning.csproj")
    .WithReference(apDb).WithReference(messaging).WithReference(cache).WithReference(fundingBands)
    .WaitFor(apDb).WaitFor(messaging).WaitFor(cache).WaitFor(fundingBands);

var inclusionPlans = builder.AddProject("inclusion-plans", "services/InclusionPlans/SendPlatform.InclusionPlans.csproj")
    .WithReference(plansDb).WithReference(messaging).WithReference(nationalStandards)
    .WaitFor(plansDb).WaitFor(messaging).WaitFor(nationalStandards);

builder.AddProject("gateway", "gateway/SendPlatform.Gateway.csproj")
    .WithEnvironment("DevTokens__Enabled", "true")
    .WithHttpEndpoint("rest", 5080, http2: false)
    .WithHttpEndpoint("grpc", 5081, http2: true)
    .WithReference(nationalStandards).WithReference(fundingBands).WithReference(pupilMovements).WithReference(apCommissioning)
    .WithReference(inclusionPlans)
    .WaitFor(nationalStandards).WaitFor(fundingBands).WaitFor(pupilMovements).WaitFor(apCommissioning).WaitFor(inclusionPlans);

return builder.Build().Run();
