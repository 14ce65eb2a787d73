using System.Net;
using System.Net.Http.Headers;
using Plo.Cli;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Cli;

public class TokenCommandTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    /// <summary>The CLI with the tests' signing key, so it never touches this machine's own Development key.</summary>
    private static async Task<(int Exit, string Out, string Err)> RunAsync(string environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, environment, TestTokens.Settings);
        return (exit, output.ToString().Trim(), error.ToString());
    }

    [Fact]
    public async Task Mints_a_token_the_development_api_accepts()
    {
        var (exit, token, _) = await RunAsync("Development", "token", "--role", "SeniorManager", "--user", "alice");

        Assert.Equal(0, exit);
        api.Directory.Register("alice", ["SeniorManager"]);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task Refuses_to_mint_in_production()
    {
        var (exit, output, error) = await RunAsync("Production", "token", "--role", "SeniorManager", "--user", "alice");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("only minted in Development", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token", "--role", "Director", "--user", "alice")]
    [InlineData("token", "--user", "alice")]
    [InlineData("token", "--role", "SeniorManager")]
    [InlineData("token", "--role", "SeniorManager", "--user", "alice", "--colour", "red")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = await RunAsync("Development", args);

        Assert.Equal(2, exit);
        Assert.StartsWith("plo: ", error, StringComparison.Ordinal);
    }
}
