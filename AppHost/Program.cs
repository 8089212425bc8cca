using SendPlatform.AppHost;
using SendPlatform.AppHost.LocalServers;

// The platform's app model. Adding a service is one AddService line with its references.
var run = LocalRun.FromArgs(args);
var builder = DistributedApplication.CreateBuilder([.. run.AspireArgs, .. LocalDashboard.Settings(run)]);
// Exit only once DCP has stopped every resource, so that whoever waits for the app host (bench/platform.sh, the
// tests) may remove its data folder. By default DCP stops them after the app host has gone: a benchmark's folder was
// removed under a running PostgreSQL, which ended in an immediate shutdown (bench/RESULTS.md).
builder.Configuration["DcpPublisher:WaitForResourceCleanup"] = "true";

var postgres = builder.AddLocalPostgres("postgres", run);
var standardsDb = postgres.AddDatabase("standardsdb");
var fundingDb = postgres.AddDatabase("fundingdb");
var movementsDb = postgres.AddDatabase("movementsdb");
var apDb = postgres.AddDatabase("apdb");
var plansDb = postgres.AddDatabase("plansdb");
var dashboardDb = postgres.AddDatabase("dashboarddb");
var ehcDb = postgres.AddDatabase("ehcdb");
var messaging = builder.AddLocalRabbitMq("messaging", run);
var cache = builder.AddLocalRedis("cache", run);
var signingKey = builder.AddSigningKey();

var nationalStandards = builder.AddService<Projects.SendPlatform_NationalStandards>("national-standards", signingKey)
    .WithReference(standardsDb).WithReference(messaging).WithReference(cache)
    .WaitFor(standardsDb).WaitFor(messaging).WaitFor(cache);

var fundingBands = builder.AddService<Projects.SendPlatform_FundingBands>("funding-bands", signingKey)
    .WithReference(fundingDb).WithReference(messaging).WithReference(cache).WithReference(nationalStandards)
    .WaitFor(fundingDb).WaitFor(messaging).WaitFor(cache).WaitFor(nationalStandards);

var pupilMovements = builder.AddService<Projects.SendPlatform_PupilMovements>("pupil-movements", signingKey)
    .WithReference(movementsDb).WithReference(messaging).WithReference(cache)
    .WaitFor(movementsDb).WaitFor(messaging).WaitFor(cache);

var apCommissioning = builder.AddService<Projects.SendPlatform_ApCommissioning>("ap-commissioning", signingKey)
    .WithReference(apDb).WithReference(messaging).WithReference(cache).WithReference(fundingBands)
    .WaitFor(apDb).WaitFor(messaging).WaitFor(cache).WaitFor(fundingBands);

var inclusionPlans = builder.AddService<Projects.SendPlatform_InclusionPlans>("inclusion-plans", signingKey)
    .WithReference(plansDb).WithReference(messaging).WithReference(nationalStandards)
    .WaitFor(plansDb).WaitFor(messaging).WaitFor(nationalStandards);

var ehcAssessments = builder.AddService<Projects.SendPlatform_EhcAssessments>("ehc-assessments", signingKey)
    .WithReference(ehcDb).WithReference(messaging).WithReference(nationalStandards).WithReference(fundingBands)
    .WaitFor(ehcDb).WaitFor(messaging).WaitFor(nationalStandards).WaitFor(fundingBands);

// Its pages' development sign-in (http://127.0.0.1:5080/dashboard/ through the gateway) issues development tokens.
var inclusionDashboard = builder.AddService<Projects.SendPlatform_InclusionDashboard>("inclusion-dashboard", signingKey)
    .WithReference(dashboardDb).WithReference(messaging)
    .WithEnvironment("DevTokens__Enabled", "true")
    .WithEnvironment("PupilKeys__Secret", builder.AddPupilKeySecret(run))
    .WaitFor(dashboardDb).WaitFor(messaging);

builder.AddGateway<Projects.SendPlatform_Gateway>("gateway", signingKey, run)
    .WithReference(nationalStandards).WithReference(fundingBands).WithReference(pupilMovements).WithReference(apCommissioning)
    .WithReference(inclusionPlans).WithReference(inclusionDashboard).WithReference(ehcAssessments)
    .WaitFor(nationalStandards).WaitFor(fundingBands).WaitFor(pupilMovements).WaitFor(apCommissioning).WaitFor(inclusionPlans)
    .WaitFor(inclusionDashboard).WaitFor(ehcAssessments);

builder.Build().Run();
