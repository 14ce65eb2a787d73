using Microsoft.Playwright;

namespace Plo.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LetterWorkspaceTests(BrowserApp app)
{
    [ChromiumFact]
    public async Task A_findings_message_and_suggestion_are_reached_and_read_with_the_keyboard_alone()
    {
        var page = await DraftedLetterAsync("Keyboardfamily");

        string? focused = null;
        for (
            var presses = 0;
            presses < 300 && focused?.StartsWith("mark-", StringComparison.Ordinal) != true;
            presses++
        )
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        }

        Assert.StartsWith("mark-", focused, StringComparison.Ordinal);
        var description = await page.EvaluateAsync<string>(
            "() => document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent"
        );
        Assert.Contains("Suggestion:", description, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Tab"); // the finding's number, linked to its item in the report
        var number = focused!["mark-".Length..];
        var link = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Equal($"#finding-{number}", link);
        await page.Keyboard.PressAsync("Enter");
        // The fragment navigation reaches Playwright's page.Url as an event, so wait for it rather than race it.
        await page.WaitForURLAsync($"**#finding-{number}", new() { Timeout = 10_000 });
        Assert.True(await page.Locator($"#finding-{number}").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_social_worker_has_no_approve_button_and_an_approval_they_post_is_refused()
    {
        var page = await DraftedLetterAsync("Refusalfamily");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Approve the letter" }).CountAsync());

        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var version = await page.Locator("input[name=version]").First.InputValueAsync();
        var response = await page.APIRequest.PostAsync(
            page.Url.Split('#')[0] + "/approve",
            new() { Form = FormDataFor(page, token, version) }
        );

        Assert.Equal(403, response.Status);
        Assert.Contains("team manager", await response.TextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task An_unallocated_social_worker_gets_the_not_found_page_for_every_part_of_someone_elses_case()
    {
        var reference = await Families.OpenAsync(app, "Strangerfamily");
        var stranger = await app.SignedInAsync("sw.casey");

        foreach (var part in new[] { "", "/plan", "/meetings", "/review-points", "/letters", "/timeline", "/exit" })
        {
            var response = await stranger.GotoAsync($"{app.BaseUrl}/cases/{reference}{part}");
            Assert.Equal(404, response!.Status);
            Assert.Equal("Page not found", await stranger.Locator("h1").InnerTextAsync());
        }

        await stranger.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_case_pages_and_their_forms_in_error_have_no_serious_or_critical_violation()
    {
        var page = await DraftedLetterAsync("Axecasefamily");
        await Axe.AssertAccessibleAsync(page);
        var casePath = page.Url.Split("/letters")[0];
        foreach (var part in new[] { "", "/plan", "/meetings", "/review-points", "/letters", "/timeline", "/exit" })
        {
            await page.GotoAsync(casePath + part);
            await Axe.AssertAccessibleAsync(page);
        }

        await page.GotoAsync(casePath + "/meetings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync(casePath + "/plan");
        await page.Locator("#changes-0-who").FillAsync("Alex");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();

        var manager = await app.SignedInAsync("sm.patel");
        await manager.GotoAsync(casePath + "/review-points");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the reason" }).ClickAsync();
        Assert.Equal(1, await manager.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(manager);
        await manager.GotoAsync(casePath + "/exit");
        await manager.GetByRole(AriaRole.Button, new() { Name = "End pre-proceedings" }).ClickAsync();
        Assert.Equal(1, await manager.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(manager);
        await manager.Context.CloseAsync();
    }

    /// <summary>A family entered by the panel, with a letter before proceedings drafted by its social worker (it has
    /// findings: there is no plan yet).</summary>
    private async Task<IPage> DraftedLetterAsync(string family)
    {
        var reference = await PanelTests.EnteredAsync(app, family, "The children are not safe at home at night.");

        var worker = await app.SignedInAsync("sw.jordan");
        await worker.GotoAsync($"{app.BaseUrl}/cases/{reference}/letters");
        await worker.GetByLabel("Letter before proceedings", new() { Exact = true }).CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Draft the letter" }).ClickAsync();
        Assert.Contains("/letters/", worker.Url, StringComparison.Ordinal);
        return worker;
    }

    private static IFormData FormDataFor(IPage page, string token, string version)
    {
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        form.Set("version", version);
        return form;
    }
}
