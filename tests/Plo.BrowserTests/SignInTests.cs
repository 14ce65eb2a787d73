using Microsoft.Playwright;

namespace Plo.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserApp app)
{
    [ChromiumFact]
    public async Task Each_role_signs_in_and_lands_on_its_home_page_with_its_name_and_role_in_the_header()
    {
        var homes = new[]
        {
            ("sm.patel", "/dashboard", "Senior manager"),
            ("panel.chair", "/panel", "Gateway panel"),
            ("tm.quinn", "/team", "Team manager"),
            ("sw.jordan", "/caseload", "Social worker"),
            ("la.rivers", "/dashboard", "Legal adviser"),
        };
        foreach (var (user, home, role) in homes)
        {
            var page = await app.SignedInAsync(user);

            Assert.Equal($"{app.BaseUrl}{home}", page.Url);
            Assert.Contains(role, await page.Locator(".plo-signed-in").InnerTextAsync(), StringComparison.Ordinal);
            Assert.EndsWith("– Plo", await page.TitleAsync(), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task A_page_asked_for_before_signing_in_opens_after_signing_in_and_sign_out_ends_the_session()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/panel");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);

        await page.Locator("form:has(input[name=userId][value='panel.chair']) button").ClickAsync();
        Assert.Equal($"{app.BaseUrl}/panel", page.Url);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        Assert.Equal("You have signed out", await page.Locator("h1").InnerTextAsync());
        await page.GotoAsync($"{app.BaseUrl}/panel");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
