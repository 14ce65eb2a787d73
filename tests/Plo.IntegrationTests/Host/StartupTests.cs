using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Plo.Infrastructure.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Host;

/// <summary>Production is fenced off from development: no start without the council's own settings, never a development
/// key.</summary>
public class StartupTests
{
    private sealed class ProductionWith(Dictionary<string, string?> settings, string environment = "Production")
        : PloApiFactory
    {
        protected override string EnvironmentName => environment;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(c =>
                c.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json"))
                    .AddInMemoryCollection(TestTokens.Settings)
                    .AddInMemoryCollection(ProductionApiFactory.PageSignIn)
                    .AddInMemoryCollection(settings)
            );
        }
    }

    [Theory]
    [InlineData("Authentication:Pages:DevelopmentSignIn", "true")]
    [InlineData("Authentication:Schemes:OpenIdConnect:Authority", "")]
    public void Refuses_to_start_in_production_with_the_development_sign_in_or_without_the_councils_sign_in(
        string setting,
        string value
    )
    {
        var failure = StartFails(new() { [setting] = value });

        Assert.NotNull(failure);
        Assert.Contains(setting, failure.ToString(), StringComparison.Ordinal);
    }

    private static Exception? StartFails(Dictionary<string, string?> settings, string environment = "Production")
    {
        using var factory = new ProductionWith(settings, environment);
        return Record.Exception(() => factory.CreateClient());
    }

    [Theory]
    [InlineData("Council:Name")]
    [InlineData("Council:Phone")]
    [InlineData("Council:Email")]
    [InlineData("Council:LegalTeam:Name")]
    public void Refuses_to_start_in_production_without_each_council_setting(string setting)
    {
        var failure = StartFails(new() { [setting] = "" });

        Assert.NotNull(failure);
        Assert.Contains("cannot start in the Production environment", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains(setting, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_start_without_a_token_authority_or_signing_key_and_names_every_missing_setting_at_once()
    {
        var failure = StartFails(
            new()
            {
                ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = "",
                ["Authentication:Schemes:Bearer:Authority"] = "",
                ["Council:Name"] = "",
            }
        );

        Assert.NotNull(failure);
        Assert.Contains("Authentication:Schemes:Bearer:Authority", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("Council:Name", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Refuses_the_formerly_published_development_key_outside_development(string environment)
    {
        var failure = StartFails(
            new() { ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = DevelopmentSigningKey.FormerlyPublished },
            environment
        );

        Assert.NotNull(failure);
        Assert.Contains("this one is a development key", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_short_signing_key_outside_development()
    {
        var failure = StartFails(
            new() { ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(new byte[16]) }
        );

        Assert.NotNull(failure);
        Assert.Contains("at least 32 random bytes", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starts_in_production_with_every_setting_and_serves_no_swagger_unless_enabled()
    {
        using var plain = new ProductionWith([]);
        using var enabled = new ProductionWith(new() { ["Swagger:Enabled"] = "true" });

        Assert.Equal(
            HttpStatusCode.NotFound,
            (await plain.CreateClient().GetAsync("/swagger/v1/swagger.json")).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await plain.CreateClient().GetAsync("/swagger/index.html")).StatusCode);
        var document = await enabled.CreateClient().GetStringAsync("/swagger/v1/swagger.json");
        Assert.DoesNotContain("token --role", document, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await plain.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public void No_signing_key_is_in_the_build_output()
    {
        var settings = Directory.GetFiles(AppContext.BaseDirectory, "appsettings*.json");

        Assert.NotEmpty(settings);
        Assert.All(settings, f => Assert.DoesNotContain("SigningKeys", File.ReadAllText(f), StringComparison.Ordinal));
    }
}

public class TokenRulesTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private async Task<HttpStatusCode> CallWith(string token)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await client.GetAsync("/api/cases")).StatusCode;
    }

    [Fact]
    public async Task A_token_within_the_rules_is_accepted()
    {
        api.Directory.Register("alice", ["SeniorManager"]);

        Assert.Equal(HttpStatusCode.OK, await CallWith(TestTokens.For("alice", "SeniorManager")));
    }

    [Fact]
    public async Task A_valid_token_for_someone_not_in_the_staff_directory_is_forbidden_and_told_why()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For("stranger", "SeniorManager"));

        var response = await client.GetAsync("/api/cases");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(
            "not in Plo's staff directory",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_token_without_a_subject_is_refused() =>
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            await CallWith(TestTokens.Mint([new Claim("role", "SeniorManager")]))
        );

    [Fact]
    public async Task A_token_that_lives_longer_than_twelve_hours_is_refused() =>
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            await CallWith(
                TestTokens.Mint(
                    [new Claim("sub", "alice"), new Claim("role", "SeniorManager")],
                    lifetime: TimeSpan.FromHours(13)
                )
            )
        );

    [Fact]
    public async Task A_token_expired_more_than_a_minute_ago_is_refused() =>
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            await CallWith(
                TestTokens.Mint(
                    [new Claim("sub", "alice"), new Claim("role", "SeniorManager")],
                    lifetime: TimeSpan.FromMinutes(30),
                    issuedAt: DateTime.UtcNow.AddMinutes(-32)
                )
            )
        );

    [Fact]
    public async Task A_token_with_no_plo_role_is_forbidden_everywhere_under_api()
    {
        var token = TestTokens.Mint([new Claim("sub", "alice"), new Claim("role", "Director")]);

        Assert.Equal(HttpStatusCode.Forbidden, await CallWith(token));
    }
}
