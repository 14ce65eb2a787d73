using Microsoft.Playwright;

namespace Plo.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PanelTests(BrowserApp app)
{
    [ChromiumFact]
    public async Task A_panel_member_schedules_adds_a_family_records_entry_and_the_child_reaches_the_dashboard()
    {
        var reference = await Families.OpenAsync(app, "Panelfamily");
        var page = await app.SignedInAsync("panel.chair");

        var meeting = await ScheduleTodayAsync(page, "Alex Chair");
        await AddToAgendaAsync(page, "Panelfamily");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Record the decision for {reference}" }).ClickAsync();
        await page.GetByLabel("Enter pre-proceedings", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("The panel's reasons")
            .FillAsync(
                "Neglect continues despite a year of support; a letter before proceedings gives the family "
                    + "a last clear chance with legal advice."
            );
        await page.Locator("#thresholdMet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        var decision = await page.Locator("#decision + dl").InnerTextAsync();
        Assert.Contains("Enter pre-proceedings", decision, StringComparison.Ordinal);
        Assert.Contains("a last clear chance", decision, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form button:has-text('Record the decision')").CountAsync());
        await page.GotoAsync(meeting);
        Assert.Contains(
            "Recorded",
            await page.Locator("#agenda + div table").InnerTextAsync(),
            StringComparison.Ordinal
        );
        await page.Context.CloseAsync();

        var manager = await app.SignedInAsync("sm.patel");
        await manager
            .GetByLabel("Social worker", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "Jordan Shah" });
        await manager
            .GetByLabel("Stage", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "Awaiting the letter before proceedings" });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Robin Panelfamily" }).ClickAsync();
        Assert.Contains(
            reference,
            await manager.Locator(".govuk-caption-l").InnerTextAsync(),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "a last clear chance",
            await manager.Locator("main").InnerTextAsync(),
            StringComparison.Ordinal
        );
        await manager.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_decision_without_its_reasons_is_refused_with_the_apis_messages_beside_each_field()
    {
        await Families.OpenAsync(app, "Refusedfamily");
        var page = await app.SignedInAsync("panel.chair");
        await ScheduleTodayAsync(page, "Sam Chair");
        await AddToAgendaAsync(page, "Refusedfamily");
        await page.Locator("a:has-text('Record the decision')").ClickAsync();

        await page.GetByLabel("Come back to the panel", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        Assert.StartsWith("Error:", await page.TitleAsync(), StringComparison.Ordinal);
        var summary = await page.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("Enter the date the family comes back to the panel", summary, StringComparison.Ordinal);
        Assert.Contains("Say whether the threshold", summary, StringComparison.Ordinal);
        Assert.Contains("Rationale", summary, StringComparison.Ordinal);
        Assert.True(await page.Locator("#option-9").IsCheckedAsync(), "The chosen option is kept.");
        await page.Locator(".govuk-error-summary a[href='#rationale']").ClickAsync();
        Assert.Equal("rationale", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    /// <summary>A new family that the panel, in the browser, has just entered into pre-proceedings.</summary>
    internal static async Task<string> EnteredAsync(BrowserApp app, string family, string reasons)
    {
        var reference = await Families.OpenAsync(app, family);
        var panel = await app.SignedInAsync("panel.chair");
        await ScheduleTodayAsync(panel, $"{family} Chair");
        await AddToAgendaAsync(panel, family);
        await panel.GetByRole(AriaRole.Link, new() { Name = $"Record the decision for {reference}" }).ClickAsync();
        await panel.GetByLabel("Enter pre-proceedings", new() { Exact = true }).CheckAsync();
        await panel.GetByLabel("The panel's reasons").FillAsync(reasons);
        await panel.Locator("#thresholdMet").CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await panel.Context.CloseAsync();
        return reference;
    }

    internal static async Task<string> ScheduleTodayAsync(IPage page, string chair)
    {
        await page.GotoAsync(page.Url.Split("/panel")[0] + "/panel/schedule");
        var today = DateTime.Today;
        await page.Locator("#meetingDate")
            .FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#meetingDate-month")
            .FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#meetingDate-year")
            .FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Chair", new() { Exact = true }).FillAsync(chair);
        await page.GetByLabel("Attendee 1: name").FillAsync("Jo Lawyer");
        await page.GetByLabel("Attendee 1: role").FillAsync("Legal adviser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        Assert.Matches("/panel/meetings/[0-9a-f-]{36}$", page.Url);
        return page.Url;
    }

    internal static async Task AddToAgendaAsync(IPage page, string search)
    {
        await page.GetByLabel("Case reference or child's name").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.Locator("button:has-text('Add to the agenda')").First.ClickAsync();
        Assert.Contains(search, await page.Locator("#agenda + div table").InnerTextAsync(), StringComparison.Ordinal);
    }
}
