using Microsoft.Playwright;

namespace Plo.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserApp app)
{
    [ChromiumFact]
    public async Task A_senior_manager_filters_by_a_team_managers_name_follows_a_red_row_and_reads_the_csv()
    {
        var page = await app.SignedInAsync("sm.patel");
        var red = page.Locator("#children-table tbody tr")
            .Filter(new() { Has = page.Locator(".govuk-tag", new() { HasTextString = "Red" }) })
            .First;
        var child = await red.Locator("td").First.Locator("a").InnerTextAsync();
        var manager = (await red.Locator("td").Nth(7).InnerTextAsync()).Split(" (")[0];

        await page.GetByLabel("Team manager", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = manager });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        Assert.Contains(
            $"teamManager={Uri.EscapeDataString(manager)}",
            page.Url.Replace("+", "%20", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        var managers = await page.Locator("#children-table tbody tr td:nth-child(8)").AllInnerTextsAsync();
        Assert.NotEmpty(managers);
        Assert.All(managers, m => Assert.StartsWith(manager, m, StringComparison.Ordinal));

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download these children as CSV" }).ClickAsync()
        );
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        var lines = csv.Trim().Split('\n');
        Assert.Contains("reference", lines[0], StringComparison.Ordinal);
        Assert.Equal(managers.Count, lines.Length - 1);
        Assert.Contains(child, csv, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = child, Exact = true }).First.ClickAsync();
        Assert.Contains(child, await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"/cases/PLO-\d{4}-\d{4}$", page.Url);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_dashboard_reflows_at_320_pixels_and_ended_cases_are_reachable()
    {
        var page = await app.SignedInAsync("sm.patel", width: 320);

        Assert.True(await FitsAsync(page), "The dashboard scrolls sideways at 320 px.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ended in the last 12 months" }).ClickAsync();
        Assert.Contains("status=closed", page.Url, StringComparison.Ordinal);
        Assert.Contains(
            "How it ended",
            await page.Locator("#children-table thead").InnerTextAsync(),
            StringComparison.Ordinal
        );
        Assert.True(await FitsAsync(page));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_charts_are_images_with_a_title_and_their_numbers_in_a_table()
    {
        var page = await app.SignedInAsync("sm.patel");

        var charts = page.Locator("svg.plo-chart[role=img]");
        Assert.True(await charts.CountAsync() >= 5); // four charts and a caseload chart for each team
        foreach (var chart in await charts.AllAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("title").TextContentAsync()));
            Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("desc").TextContentAsync()));
        }

        Assert.Equal(5, await page.Locator("details:has-text('Show the numbers') table").CountAsync());
        await page.Context.CloseAsync();
    }

    internal static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
