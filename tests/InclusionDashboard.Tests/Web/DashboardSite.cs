using System.Net;
using MassTransit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Api;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Web;

/// <summary>
/// The dashboard on a real socket (HTTP/1.1 for the browser, as the gateway's REST port serves it), with its
/// development sign-in on, and Debian's Chromium driven by Playwright (browsers cannot be downloaded here).
/// </summary>
public sealed class DashboardSite() : ServiceUnderTest<DashboardApi>("dashboarddb")
{
    public const string Chromium = "/usr/bin/chromium";

    public string Address { get; private set; } = "";

    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    protected override Task ConfigureAsync(ServiceFactory<DashboardApi> factory, PlatformInfrastructure infrastructure)
    {
        factory.Settings["DevTokens:Enabled"] = "true";
        // Port 0: the kernel picks a free port at bind time, so no other process can take it in between.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1AndHttp2));
        return Task.CompletedTask;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Address = Factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        await Api.DashboardBus.WaitUntilBoundAsync(Factory.Services);
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing: scripts/test.sh installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // This machine's network is closed: without these, Chromium's own background connections fail noisily.
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    public Task PublishAsync(IntegrationEvent message) => Factory.Services.GetRequiredService<IBus>().Publish(message, message.GetType());

    /// <summary>The REST API as the organisation, on the same socket the pages are served from.</summary>
    public HttpClient ApiAs(TestOrganisation organisation)
    {
        var client = new HttpClient { BaseAddress = new Uri(Address) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(organisation));
        return client;
    }

    /// <summary>A fresh browser session, with every console error and page error it meets recorded.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    /// <summary>Signs in through the development sign-in page, as a person would.</summary>
    public static async Task SignInAsync(IPage page, TestOrganisation organisation)
    {
        if (!page.Url.Contains("/dashboard/sign-in")) await page.GotoAsync("/dashboard/sign-in");
        await page.CheckAsync($"input[name=org_type][value={organisation.WireType}]");
        if (organisation.LaCode is { } la) await page.SelectOptionAsync("#la_code", la);
        else if (organisation.WireType != "dfe") await page.FillAsync("#org_id", organisation.OrgId);
        await page.ClickAsync("button:has-text('Sign in')");
    }
}
