using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Host;

public class HostTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_routes_are_public(string path)
    {
        var response = await api.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Swagger_document_declares_the_bearer_scheme_and_uses_it_on_api_routes()
    {
        var document = await api.CreateClient().GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var post = document.GetProperty("paths").GetProperty("/api/cases").GetProperty("post");
        Assert.True(post.GetProperty("security")[0].TryGetProperty("Bearer", out _));
        Assert.False(
            document.GetProperty("paths").TryGetProperty("/health/live", out var live)
                && live.GetProperty("get").TryGetProperty("security", out _)
        );
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await api.CreateClient().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_api_route_needs_a_token()
    {
        var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/cases/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var client = api.CreateClient();
        var token = api.TokenFor([Roles.SeniorManager], "someone");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task The_old_overview_page_now_opens_the_dashboard()
    {
        var client = api.CreateClient(new() { AllowAutoRedirect = false });

        var old = await client.GetAsync("/overview");

        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal("/dashboard", old.Headers.Location?.OriginalString);
    }
}
