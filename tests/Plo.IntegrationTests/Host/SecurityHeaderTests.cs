using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Host;

public class SecurityHeaderTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Theory]
    [InlineData("/api/cases")]
    [InlineData("/account/sign-in")]
    [InlineData("/lib/plo-frontend.min.css")]
    [InlineData("/health/ready")]
    public async Task Every_response_forbids_sniffing_referrers_and_framing(string path)
    {
        var response = await api.ClientFor(Roles.SeniorManager).GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Nothing_under_api_is_cached()
    {
        var response = await api.ClientFor(Roles.SeniorManager).GetAsync("/api/cases");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/error/404")]
    [InlineData("/no-such-page")]
    public async Task Every_html_page_has_a_strict_content_security_policy(string path)
    {
        var response = await api.CreateClient().GetAsync(path);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }
}
