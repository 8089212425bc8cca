using SendPlatform.InclusionDashboard;
using SendPlatform.InclusionDashboard.Web;
using SendPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseDashboardPages();
app.MapGrpcDefaultEndpoints();
app.MapApplicationEndpoints();
app.Run();
