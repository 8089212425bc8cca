using SendPlatform.EhcAssessments;
using SendPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapGrpcDefaultEndpoints();
app.MapApplicationEndpoints();
app.Run();
