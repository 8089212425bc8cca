using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests.Docs;

/// <summary>
/// /docs in Debian's headless Chromium (Playwright drives it; browsers cannot be downloaded here), as a partner's
/// developer opens it: every service's operations are listed, and nothing on the page failed to load. The gateway
/// runs on a real socket for the browser, in front of the same services. The screenshot goes to DOCS_SCREENSHOTS
/// when set (docs/api-reference.png is taken so), else to a temporary folder.
/// </summary>
public sealed partial class PartnerDocsTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_reference_page_lists_every_service_s_operations_in_a_browser()
    {
        await using var gateway = new GatewayFactory("Development", platform.ServiceAddresses, new Dictionary<string, string>
        {
            ["Kestrel:Endpoints:rest:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:grpc:Url"] = "http://127.0.0.1:0",
            // Either address may come first; both must answer the browser's HTTP/1.1.
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http1AndHttp2",
        });
        gateway.UseKestrel();
        gateway.StartServer();
        var address = gateway.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: scripts/test.sh installs Debian's chromium.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        page.PageError += (_, error) => failed.Add(error);

        await page.GotoAsync(address + "/docs/");
        // Each service's gRPC service name is the tag its REST operations are grouped under.
        var services = ContractDescriptors.Services.Where(s => s.Methods.Any(HasRest)).Select(s => s.Name).ToList();
        await page.WaitForFunctionAsync("name => document.body.innerText.includes(name)", services[0], new PageWaitForFunctionOptions { Timeout = 60_000 });
        var text = await page.InnerTextAsync("body");
        var unlisted = services.Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(unlisted.Count == 0, "services not on the page: " + string.Join(", ", unlisted));

        // A service opened in the sidebar shows its operations, each with its path.
        await page.ClickAsync("text=EhcCases");
        await page.WaitForFunctionAsync("path => document.body.innerText.includes(path)", "/v1/ehc/requests", new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Empty(failed);
        var folder = Environment.GetEnvironmentVariable("DOCS_SCREENSHOTS") is { Length: > 0 } wanted ? wanted : TestDirectory.Create("docs-shot-");
        var shot = Path.Combine(folder, "api-reference.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    private static bool HasRest(Google.Protobuf.Reflection.MethodDescriptor method) =>
        method.GetOptions()?.HasExtension(Google.Api.AnnotationsExtensions.Http) == true;
}
