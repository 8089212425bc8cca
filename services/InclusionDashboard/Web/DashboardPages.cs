using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Web.Session;

namespace SendPlatform.InclusionDashboard.Web;

/// <summary>
/// The dashboard's pages under /dashboard: server-rendered with GOV.UK Frontend, reading through the same use cases
/// as the API (ReadSummary, ReadSeries) as the organisation signed in, so a page never shows more than the API would.
/// </summary>
public static class DashboardPages
{
    public static IHostApplicationBuilder AddDashboardPages(this IHostApplicationBuilder builder)
    {
        builder.AddDashboardSession();
        // Every replica must read the session cookies and antiforgery tokens the others issued, and a restart must not
        // sign everyone out: one key ring, in the service's own database (a key is rotated every 90 days by default).
        builder.Services.AddDataProtection().SetApplicationName("send-inclusion-dashboard").PersistKeysToDbContext<DashboardDbContext>();
        builder.Services.AddScoped<DevSignIn>();
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Web/Pages";
            options.Conventions.AuthorizeFolder("/", DashboardSession.PagePolicy);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Glossary");
        });
        // The gateway says which host and scheme the browser used (the OIDC redirect address) and who the browser
        // is (the development sign-in answers this machine only). Only proxies on loopback are believed by default;
        // a deployment adds its gateway's network (ForwardedHeaders:KnownNetworks).
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }

    /// <summary>Before authentication, so a session sees the browser's address and host.</summary>
    public static WebApplication UseDashboardPages(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseStaticFiles();
        return app;
    }

    public static WebApplication MapDashboardPages(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet(DashboardSession.PathBase + "/national/download", (string? period, HttpContext http, ReadSummary summaries, TimeProvider clock) =>
                DownloadAsync(http, summaries, () => (Area.England, SummaryRequests.PeriodOnly(period ?? "", clock))))
            .RequireAuthorization(DashboardSession.PagePolicy);
        app.MapGet(DashboardSession.PathBase + "/local-authorities/{laCode}/download", (string laCode, string? period, HttpContext http, ReadSummary summaries, TimeProvider clock) =>
                DownloadAsync(http, summaries, () => SummaryRequests.LocalAuthorityAndPeriod(laCode, period ?? "", clock)))
            .RequireAuthorization(DashboardSession.PagePolicy);
        app.MapGet(DashboardSession.PathBase + "/ehc-timeliness/download", async (string? year, HttpContext http, ReadEhcTimeliness timeliness, TimeProvider clock) =>
            {
                try
                {
                    var calendarYear = SummaryRequests.CalendarYear(year ?? "", clock);
                    var rows = await timeliness.ReadAsync(DashboardSession.CallerOf(http.User)!, calendarYear, http.RequestAborted);
                    return Results.File(EhcTimelinessCsv.Write(rows), OpenDataCsv.ContentType, EhcTimelinessCsv.FileName(calendarYear));
                }
                catch (RequestValidationException refused)
                {
                    return Refused(refused);
                }
            })
            .RequireAuthorization(DashboardSession.PagePolicy);
        return app;
    }

    /// <summary>The API's CSV for the same area, period and organisation; a bad request is a 400 in words, not a file.</summary>
    private static async Task<IResult> DownloadAsync(HttpContext http, ReadSummary summaries, Func<(Area Area, Domain.Periods.Period Period)> request)
    {
        try
        {
            var (area, period) = request();
            var caller = DashboardSession.CallerOf(http.User)!;
            var summary = await summaries.ReadAsync(caller, area, period, http.RequestAborted);
            return Results.File(OpenDataCsv.Write(OpenData.Rows(area, period, summary.Tables)), OpenDataCsv.ContentType, OpenDataCsv.FileName(area, period));
        }
        catch (RequestValidationException refused)
        {
            return Refused(refused);
        }
    }

    private static IResult Refused(RequestValidationException refused) =>
        Results.Text(string.Join("\n", refused.Violations.Select(v => $"{v.Field}: {v.Description}")), statusCode: StatusCodes.Status400BadRequest);
}
