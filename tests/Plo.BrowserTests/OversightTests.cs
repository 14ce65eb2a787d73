using Microsoft.Playwright;

namespace Plo.BrowserTests;

/// <summary>Managers' oversight in the browser: supervision with an action carried from one session to the next, a
/// significant change flagging a reassessment, and the senior manager's caseload chart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OversightTests(BrowserApp app)
{
    [ChromiumFact]
    public async Task A_team_manager_records_two_supervision_sessions_carrying_an_action_between_them()
    {
        var reference = await Families.OpenAsync(app, "Supervisedfamily");
        var page = await app.SignedInAsync("tm.quinn");
        await page.GotoAsync($"{app.BaseUrl}/cases/{reference}/supervision");
        await Axe.AssertAccessibleAsync(page);

        await page.GetByText("Record a supervision session").ClickAsync();
        await CaseJourneyTests.FillDateAsync(page, "heldOn", app.Today); // the family was opened today
        Assert.Equal("sw.jordan", await page.Locator("#superviseeId").InputValueAsync());
        await FillNotesAsync(page);
        await page.Locator("#newActions-0-owner").FillAsync("Jordan Shah");
        await page.Locator("#newActions-0-description").FillAsync("Ask the health visitor to join the next visit");
        await CaseJourneyTests.FillDateAsync(page, "newActions-0-dueOn", app.Today.AddDays(7));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();

        var open = page.Locator("#open-actions + .plo-table-region tbody tr");
        Assert.Equal(1, await open.CountAsync());
        Assert.Contains("Not reviewed yet", await open.InnerTextAsync(), StringComparison.Ordinal);

        // The next session cannot leave the action out: the page names it.
        await page.GetByText("Record a supervision session").ClickAsync();
        await CaseJourneyTests.FillDateAsync(page, "heldOn", app.Today);
        await FillNotesAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();
        Assert.Contains(
            "Ask the health visitor to join the next visit",
            await page.Locator(".govuk-error-summary").InnerTextAsync(),
            StringComparison.Ordinal
        );
        await Axe.AssertAccessibleAsync(page);

        await page.Locator("#actionResults-0-result-3").CheckAsync();
        await CaseJourneyTests.FillDateAsync(page, "actionResults-0-newDueOn", app.Today.AddDays(14));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();

        Assert.Equal(0, await page.Locator(".govuk-error-summary").CountAsync());
        Assert.Contains("Carried on", await open.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(
            app.Today.AddDays(14).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            await open.InnerTextAsync(),
            StringComparison.Ordinal
        );
        var sessions = page.Locator(".govuk-summary-card");
        Assert.Equal(2, await sessions.CountAsync());
        Assert.Contains("Carried on", await sessions.First.InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_significant_change_is_recorded_and_its_page_and_the_team_home_stay_accessible()
    {
        var reference = await Families.OpenAsync(app, "Changedfamily");
        var page = await app.SignedInAsync("tm.quinn");
        await page.GotoAsync($"{app.BaseUrl}/cases/{reference}/changes");
        await page.GetByText("Record a significant change").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(page);

        await page.GetByLabel("A move of home", new() { Exact = true }).CheckAsync();
        await CaseJourneyTests.FillDateAsync(page, "occurredOn", app.Today);
        await page.GetByLabel("What happened").FillAsync("Alex and Robin moved to a flat across town.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        Assert.Contains(
            "moved to a flat across town",
            await page.Locator("#changes-list + .plo-table-region").InnerTextAsync(),
            StringComparison.Ordinal
        );

        await page.GotoAsync($"{app.BaseUrl}/team");
        Assert.Equal(1, await page.Locator("#supervision").CountAsync());
        Assert.Equal(1, await page.Locator("#reassessments").CountAsync());
        await Axe.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_senior_manager_sees_each_teams_caseload_chart_with_its_numbers()
    {
        var page = await app.SignedInAsync("sm.patel");
        var charts = page.Locator("#caseloads ~ .govuk-grid-row svg.plo-chart[role=img]");
        Assert.True(await charts.CountAsync() >= 2);
        Assert.StartsWith(
            "Caseloads in ",
            await charts.First.Locator("title").TextContentAsync(),
            StringComparison.Ordinal
        );

        var rows = page.Locator("#caseload-table tbody tr");
        Assert.True(await rows.CountAsync() >= 2);
        var first = rows.First;
        var worker = await first.Locator("th").InnerTextAsync();
        var held = await first.Locator("td").Nth(1).InnerTextAsync();
        var chartText = await page.Locator("#caseloads ~ .govuk-grid-row svg").AllTextContentsAsync();
        Assert.Contains(
            chartText,
            t => t.Contains(worker, StringComparison.Ordinal) && t.Contains(held, StringComparison.Ordinal)
        );
        Assert.Contains(
            "Children held by a team manager, waiting for a social worker".ToLowerInvariant(),
            (await page.Locator(".plo-cards").InnerTextAsync()).ToLowerInvariant(),
            StringComparison.Ordinal
        );
        await page.Context.CloseAsync();
    }

    private static async Task FillNotesAsync(IPage page)
    {
        await page.GetByLabel("Progress since the last session").FillAsync("Alex has started the course.");
        await page.GetByLabel("The child's experience").FillAsync("Robin says mornings are calmer.");
        await page.GetByLabel("Decisions and direction").FillAsync("Keep to the plan.");
    }
}
