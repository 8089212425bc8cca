using System.Net;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Web;

/// <summary>
/// The pages in real headless Chromium: signed in through the development sign-in, they show exactly the API's
/// figures for the organisation, withhold another LA's, download the API's CSV, log no console error, and pass
/// axe-core with no serious or critical violation. Figures are January 2027's for LA 931 (Oxfordshire).
/// </summary>
public sealed class DashboardPagesTests(DashboardSite site) : IClassFixture<DashboardSite>, IAsyncLifetime
{
    private const string Period = "2027-01";
    private const string LaPage = "/dashboard/local-authorities/931?period=" + Period;

    /// <summary>7 with an EHC plan, 2 on SEN support and 12 with none admitted, and 3 to home education: once per fixture.</summary>
    public async Task InitializeAsync()
    {
        var month = new DateOnly(2027, 1, 12);
        var seeded = await site.ApiAs(TestOrganisation.Dfe).GetAsync($"/v1/dashboard/local-authorities/931?period={Period}");
        if (Totals(await Json(seeded))["movements_by_sen_provision/admissions"] != "0") return;
        PupilMoved Moved(string type, string sen) => new(Guid.NewGuid(), "H801200001001", type, month, null, null, null, "931", sen) { PrimaryNeed = "ASD" };
        foreach (var moved in Enumerable.Repeat("E", 7).Concat(Enumerable.Repeat("K", 2)).Concat(Enumerable.Repeat("N", 12)).Select(sen => Moved("Admission", sen))
                     .Concat(Enumerable.Repeat("N", 3).Select(sen => Moved("Ehe", sen))))
            await site.PublishAsync(moved);
        await Eventually.Get(async () => Totals(await Json(await site.ApiAs(TestOrganisation.Dfe).GetAsync($"/v1/dashboard/local-authorities/931?period={Period}"))),
            t => t["movements_by_sen_provision/admissions"] == "21" && t["movements_by_sen_provision/elective_home_education"] == "3", "the movements counted", TimeSpan.FromSeconds(30));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_LA_signed_in_sees_its_own_figures_exactly_as_the_API_gives_them()
    {
        var (page, errors) = await site.NewPageAsync();
        await page.GotoAsync(LaPage);
        // Not signed in: to the sign-in page, and back to the page asked for after it.
        Assert.Contains("/dashboard/sign-in?returnUrl=", page.Url);
        await DashboardSite.SignInAsync(page, TestOrganisation.La("931"));
        Assert.EndsWith(LaPage, page.Url);

        var api = await ApiFiguresAsync(TestOrganisation.La("931"), $"/v1/dashboard/local-authorities/931?period={Period}");
        Assert.Equal(api, await PageFiguresAsync(page));
        Assert.Contains("movements_by_sen_provision/admissions: 7,2,12,21", api);
        Assert.Equal(0, await page.Locator("[data-testid=withheld-notice]").CountAsync());
        Assert.Equal(1, await page.Locator("a.govuk-service-navigation__link[href='/dashboard/local-authorities/931']:has-text('Your area')").CountAsync());
        await AssertAccessibleAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Another_LA_sees_LA_931s_page_only_under_disclosure_control()
    {
        var (page, errors) = await site.NewPageAsync();
        await page.GotoAsync("/dashboard/sign-in");
        await DashboardSite.SignInAsync(page, TestOrganisation.La("202"));
        await page.GotoAsync(LaPage);

        var api = await ApiFiguresAsync(TestOrganisation.La("202"), $"/v1/dashboard/local-authorities/931?period={Period}");
        var shown = await PageFiguresAsync(page);
        Assert.Equal(api, shown);
        Assert.DoesNotContain("movements_by_sen_provision/admissions: 7,2,12,21", shown);
        Assert.Contains(shown, f => f.StartsWith("movements_by_sen_provision/admissions: ", StringComparison.Ordinal) && f.Contains('c'));
        Assert.True(await page.Locator("[data-testid=withheld-notice]").IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_CSV_button_downloads_the_APIs_file()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync("/dashboard/sign-in");
        await DashboardSite.SignInAsync(page, TestOrganisation.La("931"));
        await page.GotoAsync(LaPage);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:has-text('(CSV)')"));
        Assert.Equal($"send-dashboard-931-{Period}.csv", download.SuggestedFilename);
        var file = await File.ReadAllTextAsync((await download.PathAsync())!);

        var api = await site.ApiAs(TestOrganisation.La("931")).GetAsync($"/v1/dashboard/local-authorities/931:export?period={Period}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(await api.Content.ReadAsStringAsync(), file);
        Assert.StartsWith("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,", file);
    }

    [Fact]
    public async Task Englands_page_downloads_the_EHC_timeliness_data_set_the_API_gives()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync("/dashboard/sign-in");
        await DashboardSite.SignInAsync(page, TestOrganisation.La("931"));
        await page.GotoAsync("/dashboard?period=" + Period);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:has-text('EHC plan timeliness')"));
        var year = Period[..4];
        Assert.Equal($"timeliness_20_week_{year}.csv", download.SuggestedFilename);
        var file = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal(await site.ApiAs(TestOrganisation.La("931")).GetStringAsync($"/v1/dashboard/ehc-timeliness:export?year={year}"), file);
    }

    [Fact]
    public async Task DfE_drills_from_England_to_a_region_to_an_LA_and_its_months_with_every_page_accessible()
    {
        var (page, errors) = await site.NewPageAsync();
        await page.GotoAsync("/dashboard");
        await DashboardSite.SignInAsync(page, TestOrganisation.Dfe);
        await page.GotoAsync("/dashboard?period=" + Period);
        Assert.Equal(await ApiFiguresAsync(TestOrganisation.Dfe, $"/v1/dashboard/national?period={Period}"), await PageFiguresAsync(page));
        await AssertAccessibleAsync(page);
        await Screenshot(page, "dashboard-national.png");

        await page.ClickAsync("a:has-text('South East')");
        Assert.Contains("/dashboard/regions/E12000008", page.Url);
        Assert.Equal(await ApiFiguresAsync(TestOrganisation.Dfe, $"/v1/dashboard/regions/E12000008?period={Period}"), await PageFiguresAsync(page));
        await AssertAccessibleAsync(page);

        await page.ClickAsync("a:has-text('Oxfordshire (931)')");
        Assert.EndsWith(LaPage, page.Url);
        Assert.Contains("movements_by_sen_provision/admissions: 7,2,12,21", await PageFiguresAsync(page));
        await Screenshot(page, "dashboard-local-authority.png");

        await page.GotoAsync("/dashboard/local-authorities/931/series/admissions?from=2026-09&to=2027-02");
        var series = await site.ApiAs(TestOrganisation.Dfe).GetAsync("/v1/dashboard/local-authorities/931/series/admissions?from=2026-09&to=2027-02");
        var points = (await Json(series)).GetProperty("points").EnumerateArray().Select(p => $"{p.GetProperty("month").GetString()}: {p.GetProperty("value").GetString()}");
        Assert.Equal(points, await page.EvalOnSelectorAllAsync<string[]>("table[data-table=series] tr[data-row]",
            "rows => rows.map(r => r.dataset.row + ': ' + r.querySelector('td').textContent.trim())"));
        Assert.Contains("2027-01: 21", points);
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/dashboard/glossary");
        Assert.True(await page.Locator("dt:has-text('EHE')").IsVisibleAsync());
        await AssertAccessibleAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_malformed_period_is_explained_on_the_page_as_a_400_and_an_unknown_region_is_404()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync("/dashboard/sign-in");
        await DashboardSite.SignInAsync(page, TestOrganisation.School("100000"));
        var bad = await page.GotoAsync("/dashboard/local-authorities/931?period=2027-13");
        Assert.Equal(400, bad!.Status);
        Assert.Contains("The period", await page.InnerTextAsync(".govuk-error-summary"));
        await AssertAccessibleAsync(page);
        Assert.Equal(404, (await page.GotoAsync("/dashboard/regions/E12000010"))!.Status);
        Assert.Equal(400, (await page.GotoAsync("/dashboard/settings/12345"))!.Status);
        Assert.Contains("six-digit URN", await page.InnerTextAsync(".govuk-error-summary"));
        // A download for a malformed period is a 400 in words, not a file.
        var download = await page.APIRequest.GetAsync("/dashboard/local-authorities/931/download?period=2027-13");
        Assert.Equal(400, download.Status);
        Assert.StartsWith("period: ", await download.TextAsync());
    }

    [Fact]
    public async Task A_school_finds_its_own_setting_in_the_menu_and_sees_its_figures_as_the_API_gives_them()
    {
        const string urn = "100886";
        const string settingPage = "/dashboard/settings/" + urn + "?period=" + Period;
        // Kent's admissions to the school, so LA 931's figures the other tests check are untouched.
        PupilMoved Admitted(string sen) => new(Guid.NewGuid(), "H801200001001", "Admission", new DateOnly(2027, 1, 20), null, urn, null, "886", sen);
        foreach (var sen in new[] { "E", "K", "K", "K", "K", "N" }) await site.PublishAsync(Admitted(sen));
        await Eventually.Get(async () => Totals(await Json(await site.ApiAs(TestOrganisation.Dfe).GetAsync($"/v1/dashboard/settings/{urn}?period={Period}"))),
            t => t["movements_by_sen_provision/admissions"] == "6", "the school's admissions counted", TimeSpan.FromSeconds(30));

        var (page, errors) = await site.NewPageAsync();
        await page.GotoAsync("/dashboard/sign-in");
        await DashboardSite.SignInAsync(page, TestOrganisation.School(urn));
        await page.ClickAsync("a.govuk-service-navigation__link:has-text('Your setting')");
        Assert.EndsWith("/dashboard/settings/" + urn, new Uri(page.Url).AbsolutePath);
        await page.GotoAsync(settingPage);

        var api = await ApiFiguresAsync(TestOrganisation.School(urn), $"/v1/dashboard/settings/{urn}?period={Period}");
        Assert.Equal(api, await PageFiguresAsync(page));
        Assert.Contains("movements_by_sen_provision/admissions: 1,4,1,6", api);
        Assert.Equal(0, await page.Locator("[data-testid=withheld-notice]").CountAsync());
        await AssertAccessibleAsync(page);
        await Screenshot(page, "dashboard-setting.png");

        // Another school sees the same page withheld.
        var (other, _) = await site.NewPageAsync();
        await other.GotoAsync("/dashboard/sign-in");
        await DashboardSite.SignInAsync(other, TestOrganisation.School("100887"));
        await other.GotoAsync(settingPage);
        Assert.Contains("movements_by_sen_provision/admissions: c,c,c,6", await PageFiguresAsync(other));
        Assert.Contains("the setting itself", await other.InnerTextAsync("[data-testid=withheld-notice]"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_sign_in_page_explains_a_missing_choice_and_the_session_ends_on_sign_out()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync("/dashboard/sign-in");
        await page.CheckAsync("input[name=org_type][value=la]");
        await page.ClickAsync("button:has-text('Sign in')");
        Assert.Contains("Choose a local authority", await page.InnerTextAsync(".govuk-error-summary"));
        await AssertAccessibleAsync(page);

        // A return address off the dashboard is not followed (no open redirect): back to the dashboard instead.
        await page.GotoAsync("/dashboard/sign-in?returnUrl=" + Uri.EscapeDataString("https://example.org/phish"));
        await DashboardSite.SignInAsync(page, TestOrganisation.La("931"));
        Assert.EndsWith("/dashboard", new Uri(page.Url).AbsolutePath);
        Assert.Contains("la-931", await page.InnerTextAsync("[data-testid=signed-in-as]"));
        await page.ClickAsync("button:has-text('Sign out')");
        await page.GotoAsync(LaPage);
        Assert.Contains("/dashboard/sign-in", page.Url);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Dictionary<string, string> Totals(JsonElement summary) =>
        summary.GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("rows").EnumerateArray().Select(r => ($"{t.GetProperty("id").GetString()}/{r.GetProperty("id").GetString()}", r.GetProperty("total").GetString()!)))
            .ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>Every row of every table as "table/row: values...,total", in the API's order.</summary>
    private async Task<List<string>> ApiFiguresAsync(TestOrganisation caller, string path) =>
        [.. (await Json(await site.ApiAs(caller).GetAsync(path))).GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("rows").EnumerateArray().Select(r =>
                $"{t.GetProperty("id").GetString()}/{r.GetProperty("id").GetString()}: " +
                string.Join(',', r.GetProperty("values").EnumerateArray().Select(v => v.GetString()).Append(r.GetProperty("total").GetString()))))];

    /// <summary>The same, read from the page's tables.</summary>
    private static async Task<List<string>> PageFiguresAsync(IPage page) =>
        [.. await page.EvalOnSelectorAllAsync<string[]>("section[data-table] tr[data-row]",
            "rows => rows.map(r => r.closest('section').dataset.table + '/' + r.dataset.row + ': ' + [...r.querySelectorAll('td')].map(td => td.textContent.trim()).join(','))")];

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.Empty(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Select(n => n.Html))}"));
    }

    /// <summary>docs/'s screenshots are taken by running these tests with DASHBOARD_SCREENSHOTS set to a folder.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = 1280, Height = 1500 } });
    }
}
