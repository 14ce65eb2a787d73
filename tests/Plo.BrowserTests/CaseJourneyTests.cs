using System.Globalization;
using Microsoft.Playwright;

namespace Plo.BrowserTests;

/// <summary>One family's journey through the case pages, each user doing their own part in the browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseJourneyTests(BrowserApp app)
{
    [ChromiumFact]
    public async Task From_the_panel_to_an_issued_letter_and_a_review_with_an_action_carried_on()
    {
        var reference = await PanelTests.EnteredAsync(
            app,
            "Journeyfamily",
            "Robin has been left alone at home many times."
        );

        // The social worker writes the plan without a contingency plan and schedules the initial meeting.
        var worker = await app.SignedInAsync("sw.jordan");
        var casePath = $"{app.BaseUrl}/cases/{reference}";
        await worker.GotoAsync($"{casePath}/plan");
        await worker.Locator("#concerns-0-description").FillAsync("Robin was left at home alone overnight.");
        await FillDateAsync(worker, "concerns-0-occurredOn", app.Today.AddDays(-20));
        await worker.Locator("#changes-0-who").FillAsync("Alex");
        await worker.Locator("#changes-0-what").FillAsync("Make sure an adult is always at home with Robin.");
        await FillDateAsync(worker, "changes-0-byWhen", app.Today.AddDays(60));
        await worker.Locator("#support-0-service").FillAsync("Visits from a family support worker");
        await worker.Locator("#support-0-who").FillAsync("The early help team");
        await worker.Locator("#support-0-when").FillAsync("Every Tuesday morning");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        Assert.Contains(
            "There is no contingency plan",
            await worker.Locator("main").InnerTextAsync(),
            StringComparison.Ordinal
        );

        await worker.GotoAsync($"{casePath}/meetings");
        await worker.GetByLabel("Initial meeting", new() { Exact = true }).CheckAsync();
        await FillDateAsync(worker, "scheduledOn", app.Today.AddDays(1));
        await worker.GetByLabel("Time it starts").FillAsync("10:30");
        await worker.GetByLabel("Where").FillAsync("Civic Centre, Room 2");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();

        // The letter shows the blocking finding where it is.
        await worker.GotoAsync($"{casePath}/letters");
        await worker.GetByLabel("Letter before proceedings", new() { Exact = true }).CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Draft the letter" }).ClickAsync();
        var contingency = worker.Locator(
            "mark.plo-finding--error",
            new() { HasTextString = "if things do not change" }
        );
        Assert.Equal(1, await contingency.CountAsync());
        var item = worker.Locator(".plo-findings__item", new() { HasTextString = "Contingency plan missing" });
        await item.GetByRole(AriaRole.Link, new() { NameString = "Fix it in the plan" }).ClickAsync();
        await worker
            .Locator("#contingencyPlan")
            .FillAsync("If Robin is still left alone, we may ask the family court to decide where Robin lives.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await worker.GetByRole(AriaRole.Link, new() { Name = "Go back to the letter and regenerate it" }).ClickAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Regenerate the letter from the case" }).ClickAsync();
        Assert.Equal(
            0,
            await worker
                .Locator(".plo-findings__item", new() { HasTextString = "Contingency plan missing" })
                .CountAsync()
        );
        var left = await worker.Locator(".plo-findings__item--error").AllInnerTextsAsync();
        Assert.True(left.Count == 0, string.Join("\n", left));
        Assert.Equal(0, await worker.GetByRole(AriaRole.Button, new() { Name = "Approve the letter" }).CountAsync());
        var letterUrl = worker.Url;
        await worker.Context.CloseAsync();

        // The team manager approves and issues it; then it is read-only.
        var manager = await app.SignedInAsync("tm.quinn");
        await manager.GotoAsync(letterUrl);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Approve the letter" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Issue the letter" }).ClickAsync();
        Assert.Contains("Issued", await manager.Locator("main dl").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await manager.Locator("main form").CountAsync());
        await manager.Context.CloseAsync();

        // The next day the social worker records the initial meeting with two actions; a review carries one on.
        app.Clock.Shift = TimeSpan.FromDays(1);
        try
        {
            await MeetingsAsync(casePath);
        }
        finally
        {
            app.Clock.Shift = TimeSpan.Zero;
        }
    }

    private async Task MeetingsAsync(string casePath)
    {
        var writer = await app.SignedInAsync("sw.jordan");
        await writer.GotoAsync($"{casePath}/meetings");
        await writer.Locator("a:has-text('Record the outcome')").First.ClickAsync();
        await RecordOutcomeAsync(writer, "Some progress");
        await writer.Locator("#newActions-0-description").FillAsync("Alex goes to the parenting course");
        await FillDateAsync(writer, "newActions-0-dueOn", app.Today.AddDays(21));
        await writer.Locator("#newActions-1-description").FillAsync("Alex finds a relative who can help at night");
        await FillDateAsync(writer, "newActions-1-dueOn", app.Today.AddDays(28));
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save the outcome" }).ClickAsync();
        Assert.Equal(2, await writer.Locator("#actions ~ div table tbody tr").CountAsync());

        await writer.GetByLabel("Review meeting", new() { Exact = true }).CheckAsync();
        await FillDateAsync(writer, "scheduledOn", app.Today);
        await writer.GetByLabel("Time it starts").FillAsync("14:00");
        await writer.GetByLabel("Where").FillAsync("Civic Centre, Room 3");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        await writer.Locator("a:has-text('Record the outcome')").First.ClickAsync();
        await RecordOutcomeAsync(writer, "Some progress");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save the outcome" }).ClickAsync();
        Assert.Contains(
            "Alex goes to the parenting course",
            await writer.Locator(".govuk-error-summary").InnerTextAsync(),
            StringComparison.Ordinal
        );
        await writer.Locator("#actionResults-0-result").CheckAsync();
        await writer.Locator("#actionResults-1-result-3").CheckAsync();
        await FillDateAsync(writer, "actionResults-1-newDueOn", app.Today.AddDays(42));
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save the outcome" }).ClickAsync();
        Assert.Contains("Carried on", await writer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await writer.Context.CloseAsync();

        // The team manager corrects the initial meeting's notes, and must say why.
        var manager = await app.SignedInAsync("tm.quinn");
        await manager.GotoAsync($"{casePath}/meetings");
        await manager.Locator("a:has-text('Correct the outcome')").First.ClickAsync();
        await manager.GetByLabel("Notes (optional)").FillAsync("Alex agreed to the course at the meeting.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        Assert.Equal(1, await manager.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(manager);
        await manager.GetByLabel("Why it is being corrected").FillAsync("The notes left out what Alex agreed to.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        Assert.Contains(
            "Alex agreed to the course at the meeting.",
            await manager.Locator("main").InnerTextAsync(),
            StringComparison.Ordinal
        );
        await manager.Context.CloseAsync();

        var senior = await app.SignedInAsync("sm.patel");
        await senior.GotoAsync($"{app.BaseUrl}/dashboard?socialWorker=Jordan%20Shah&stage=InReview");
        var row = senior.Locator("#children-table tbody tr", new() { HasTextString = "Robin Journeyfamily" });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("In review", await row.InnerTextAsync(), StringComparison.Ordinal);
        await senior.Context.CloseAsync();
    }

    private static async Task RecordOutcomeAsync(IPage page, string progress)
    {
        await page.GetByLabel("Who came").FillAsync("Alex Journeyfamily, Jordan Shah");
        await page.Locator("#parentsSolicitorsPresent-2").CheckAsync();
        await page.GetByLabel(progress, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Continue", new() { Exact = true }).CheckAsync();
    }

    internal static async Task FillDateAsync(IPage page, string id, DateTime date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
