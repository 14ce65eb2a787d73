using Microsoft.Playwright;

namespace Plo.BrowserTests;

/// <summary>The social worker's everyday forms in the browser: opening a case, correcting the record from the
/// summary, and checking a letter written elsewhere; each form in its error state passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseworkTests(BrowserApp app)
{
    [ChromiumFact]
    public async Task A_social_worker_opens_a_case_from_the_form_then_corrects_a_persons_address_from_the_summary()
    {
        var page = await app.SignedInAsync("sw.jordan");
        await page.GotoAsync($"{app.BaseUrl}/caseload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a case" }).ClickAsync();
        await page.Locator("#children-0-firstName").FillAsync("Sky");
        await page.Locator("#children-0-lastName").FillAsync("Formfamily");
        await page.Locator("#familyMembers-0-firstName").FillAsync("Jo");
        await page.Locator("#familyMembers-0-lastName").FillAsync("Formfamily");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();

        var problems = await page.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains(
            "At least one family member must have parental responsibility.",
            problems,
            StringComparison.Ordinal
        );
        Assert.Equal("Sky", await page.Locator("#children-0-firstName").InputValueAsync());
        await Axe.AssertAccessibleAsync(page);

        await CaseJourneyTests.FillDateAsync(page, "children-0-dateOfBirth", new DateTime(2019, 7, 14));
        await page.Locator("#familyMembers-0-relationship").FillAsync("Father");
        await page.Locator("#familyMembers-0-hasParentalResponsibility").CheckAsync();
        await page.Locator("#familyMembers-0-address-line1").FillAsync("12 Form Lane");
        await page.Locator("#familyMembers-0-address-town").FillAsync("Exampletown");
        await page.Locator("#familyMembers-0-address-postcode").FillAsync("ZZ4 4ZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();

        Assert.Contains("?opened=true", page.Url, StringComparison.Ordinal);
        Assert.Contains(
            "12 Form Lane",
            await page.Locator("#people ~ .govuk-summary-card").First.InnerTextAsync(),
            StringComparison.Ordinal
        );
        await Axe.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change Jo Formfamily's details" }).ClickAsync();
        await page.Locator("#address-line1").FillAsync("3 Moved Road");
        await page.Locator("#address-postcode").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the details" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(page);
        await page.Locator("#address-postcode").FillAsync("ZZ5 5ZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the details" }).ClickAsync();

        Assert.Contains("#people", page.Url, StringComparison.Ordinal);
        Assert.Contains("3 Moved Road", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        Assert.Contains("Jo Formfamily", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The other correction forms, each in its error state.
        var casePath = page.Url.Split("/timeline")[0];
        foreach (var (part, button) in new[] { ("/children/new", "Add the child"), ("/people/new", "Add the person") })
        {
            await page.GotoAsync(casePath + part);
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
            await Axe.AssertAccessibleAsync(page);
        }

        await page.GotoAsync(casePath);
        await page.GetByRole(AriaRole.Link, new() { Name = "Correct Sky's date of birth" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the date of birth" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await Axe.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_letter_written_elsewhere_is_checked_and_its_findings_are_marked_where_they_are()
    {
        var page = await app.SignedInAsync("sw.casey");
        await page.GotoAsync($"{app.BaseUrl}/check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the letter" }).ClickAsync();
        Assert.Contains(
            "Paste the letter's text, or upload a .txt or .docx file",
            await page.Locator(".govuk-error-summary").InnerTextAsync(),
            StringComparison.Ordinal
        );
        await Axe.AssertAccessibleAsync(page);

        await page.Locator("#upload")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "letter.txt",
                    MimeType = "text/plain",
                    Buffer = System.Text.Encoding.UTF8.GetBytes(
                        "Dear Sam,\n\nWe are writing to inform you that the local authority has commenced the "
                            + "pre-proceedings process notwithstanding your previous engagement.\n\nYours sincerely"
                    ),
                }
            );
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the letter" }).ClickAsync();

        Assert.True(await page.Locator("#letter mark").CountAsync() > 0);
        Assert.Contains(
            "notwithstanding",
            await page.Locator("#report ~ ol").InnerTextAsync(),
            StringComparison.Ordinal
        );
        await Axe.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
