using Microsoft.Playwright;

namespace Plo.BrowserTests;

/// <summary>axe-core on every page and on every form in its error state, at desktop width and at 320 px.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    [ChromiumFact]
    public async Task Every_page_has_no_serious_or_critical_violation_and_reflows_at_320_pixels()
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var anonymous = await app.NewPageAsync(width);
            await CheckAsync(anonymous, "/account/sign-in", width);
            await CheckAsync(anonymous, "/account/signed-out", width);
            await CheckAsync(anonymous, "/error/404", width);
            await anonymous.Context.CloseAsync();

            var manager = await app.SignedInAsync("sm.patel", width);
            await CheckAsync(manager, "/dashboard", width);
            await CheckAsync(manager, "/dashboard?status=closed", width);
            await CheckAsync(manager, "/dashboard?minWeeks=abc", width); // the filter form in its error state
            await manager.GotoAsync($"{app.BaseUrl}/dashboard");
            var reference = (
                await manager.Locator("#children-table tbody tr td:first-child .govuk-body-s").First.InnerTextAsync()
            ).Split(' ')[0];
            await CheckAsync(manager, $"/cases/{reference}", width);
            await CheckAsync(manager, "/panel", width);
            await manager.Context.CloseAsync();

            var worker = await app.SignedInAsync("sw.jordan", width);
            await CheckAsync(worker, "/caseload", width);
            await CheckAsync(worker, "/cases/new", width);
            await CheckAsync(worker, "/check", width);
            await CheckAsync(worker, "/panel", width); // 403: a social worker is not on the panel
            await worker.Context.CloseAsync();

            var team = await app.SignedInAsync("tm.quinn", width);
            await CheckAsync(team, "/team", width);
            await CheckAsync(team, $"/cases/{reference}/allocation", width);
            await CheckAsync(team, $"/cases/{reference}/supervision", width);
            await CheckAsync(team, $"/cases/{reference}/changes", width);
            await team.Context.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task The_panels_forms_have_no_serious_or_critical_violation_empty_or_in_error()
    {
        await Families.OpenAsync(app, "Axefamily");
        var page = await app.SignedInAsync("panel.chair");
        await CheckAsync(page, "/panel/schedule", 1280);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(page);

        await PanelTests.ScheduleTodayAsync(page, "Axe Chair");
        await Axe.AssertAccessibleAsync(page);
        await PanelTests.AddToAgendaAsync(page, "Axefamily");
        await Axe.AssertAccessibleAsync(page);
        await page.Locator("a:has-text('Record the decision')").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private async Task CheckAsync(IPage page, string path, int width)
    {
        await page.GotoAsync($"{app.BaseUrl}{path}");
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.EndsWith("– Plo", await page.TitleAsync(), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(page);
        if (width <= 320)
        {
            Assert.True(await DashboardTests.FitsAsync(page), $"{path} scrolls sideways at {width} px.");
        }
    }
}
