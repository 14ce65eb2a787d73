using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.PlainLanguage;

public class PlainLanguageApiTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private const string Letter =
        "Dear Sam,\n\nWe are worried about Amy. The LA will decide.\n\nYours sincerely,\n\nJo";

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.LegalAdviser)]
    [InlineData(Roles.SeniorManager)]
    public async Task Any_role_checks_a_letter(string role)
    {
        var response = await api.ClientFor(role)
            .PostAsJsonAsync(
                "/api/plain-language/check",
                new
                {
                    text = Letter,
                    meta = new
                    {
                        kind = "other",
                        letterDate = "2026-03-02",
                        childNames = new[] { "Amy" },
                    },
                }
            );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(9, report.GetProperty("metrics").GetProperty("words").GetInt32());
        var finding = report
            .GetProperty("findings")
            .EnumerateArray()
            .First(f => f.GetProperty("ruleId").GetString() == "R07");
        Assert.Equal("acronym", finding.GetProperty("name").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(
            "LA",
            report
                .GetProperty("text")
                .GetString()!
                .Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32())
        );
    }

    [Fact]
    public async Task Checks_html_too()
    {
        var response = await api.ClientFor(Roles.TeamManager)
            .PostAsJsonAsync(
                "/api/plain-language/check",
                new
                {
                    html = "<h2>Our worries</h2><p>We are worried about Amy.</p>",
                    meta = new { kind = "other", childNames = new[] { "Amy" } },
                }
            );

        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Our worries\n\nWe are worried about Amy.", report.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"text":"   "}""")]
    [InlineData("""{"text":"a","html":"<p>b</p>"}""")]
    [InlineData("""{"text":"We are worried.","meta":{"kind":"ransom-note"}}""")]
    public async Task Empty_double_or_unknown_input_is_a_400(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await api.ClientFor(Roles.SocialWorker).PostAsync("/api/plain-language/check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task An_oversized_letter_is_a_400()
    {
        var response = await api.ClientFor(Roles.SocialWorker)
            .PostAsJsonAsync("/api/plain-language/check", new { text = new string('a', 201 * 1024) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200 KB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_a_token() =>
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await api.CreateClient().PostAsJsonAsync("/api/plain-language/check", new { text = Letter })).StatusCode
        );
}
