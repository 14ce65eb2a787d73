using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Web;

/// <summary>The pages follow the API's rules: a signed-in cookie for pages only, anti-forgery on every form, the same
/// access decision, nothing cached, and any instance reads any instance's cookie.</summary>
public class PageSecurityTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task A_cookie_signed_in_post_without_an_anti_forgery_token_is_refused_and_stores_nothing()
    {
        var panel = await PageSession.SignInAsync(api, "panel-1", Roles.GatewayPanel);

        var forged = await panel.PostAsync(
            "/panel/schedule",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["meetingDate.day"] = "2",
                    ["meetingDate.month"] = "3",
                    ["meetingDate.year"] = "2026",
                    ["chair"] = "Forged Chair",
                    ["attendees[0].name"] = "A Lawyer",
                    ["attendees[0].role"] = "Legal adviser",
                }
            )
        );

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(
            "The form could not be sent",
            await forged.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        var meetings = await api.ClientFor(Roles.GatewayPanel, "panel-1")
            .GetFromJsonAsync<JsonElement>("/api/gateway-meetings");
        Assert.DoesNotContain(meetings.EnumerateArray(), m => m.GetProperty("chair").GetString() == "Forged Chair");
    }

    [Fact]
    public async Task The_same_form_with_its_token_schedules_the_meeting()
    {
        var panel = await PageSession.SignInAsync(api, "panel-2", Roles.GatewayPanel);

        var sent = await PageSession.PostFormAsync(
            panel,
            "/panel/schedule",
            new()
            {
                ["meetingDate.day"] = "20",
                ["meetingDate.month"] = "3",
                ["meetingDate.year"] = "2026",
                ["chair"] = "Token Chair",
                ["attendees[0].name"] = "A Lawyer",
                ["attendees[0].role"] = "Legal adviser",
            }
        );

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Matches("^/panel/meetings/[0-9a-f-]{36}$", sent.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_cookie_does_not_reach_the_api_and_a_bearer_token_does_not_open_the_pages()
    {
        var cookie = await PageSession.SignInAsync(api, "sm-cookie", Roles.SeniorManager);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/cases")).StatusCode);

        var bearer = api.ClientFor(Roles.SeniorManager, "sm-bearer");
        var page = await bearer.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(
            "http://localhost/account/sign-in",
            page.Headers.Location!.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Pages_that_show_a_family_are_never_cached()
    {
        var manager = await PageSession.SignInAsync(api, "sm-cache", Roles.SeniorManager);

        var dashboard = await manager.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.True(dashboard.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Someone_not_active_in_the_staff_directory_cannot_sign_in()
    {
        var client = PageSession.Client(api);

        var refused = await PageSession.PostFormAsync(client, "/account/sign-in", new() { ["userId"] = "nobody-here" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "Choose someone who is active",
            await refused.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task An_unallocated_social_worker_gets_the_not_found_page_for_someone_elses_case()
    {
        var opened = await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker, "user-1"));
        var stranger = await PageSession.SignInAsync(api, "sw-stranger", Roles.SocialWorker);

        var page = await stranger.GetAsync($"/cases/{opened.Reference}");
        var allocated = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Page not found", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await allocated.GetAsync($"/cases/{opened.Reference}")).StatusCode);
    }

    [Fact]
    public async Task A_social_worker_gets_the_forbidden_page_for_the_panels_meetings_and_cannot_schedule_one()
    {
        var worker = await PageSession.SignInAsync(api, "sw-panel", Roles.SocialWorker);

        var list = await worker.GetAsync("/panel");
        var schedule = await PageSession.PostFormAsync(
            worker,
            "/panel/schedule",
            new()
            {
                ["meetingDate.day"] = "20",
                ["meetingDate.month"] = "3",
                ["meetingDate.year"] = "2026",
                ["chair"] = "Not Allowed",
                ["attendees[0].name"] = "A Lawyer",
                ["attendees[0].role"] = "Legal adviser",
            }
        );

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Contains("gateway panel", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, schedule.StatusCode);
    }

    [Fact]
    public async Task A_second_instance_sharing_the_database_accepts_the_first_instances_cookie()
    {
        api.Directory.Register("sm-first", [Roles.SeniorManager]);
        var signIn = await PageSession.PostFormAsync(
            PageSession.Client(api),
            "/account/sign-in",
            new() { ["userId"] = "sm-first" }
        );
        var cookie = signIn
            .Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("plo.session=", StringComparison.Ordinal))
            .Split(';')[0];
        await using var second = new SecondInstance(api.DatabasePath);
        var client = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Children in pre-proceedings",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    private sealed class SecondInstance(string database) : PloApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Plo", $"Data Source={database};Pooling=False");
        }
    }
}
