using Plo.Cli;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Cli;

public class CliUsageTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(
        IReadOnlyDictionary<string, string?>? settings,
        params string[] args
    )
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, "Development", settings ?? TestTokens.Settings);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("token", "--help")]
    [InlineData("check-letter", "-h")]
    [InlineData("migrate", "--help")]
    public async Task Help_prints_usage_and_exits_0(params string[] args)
    {
        var (exit, output, _) = await RunAsync(null, args);

        Assert.Equal(0, exit);
        Assert.Contains("plo", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token", "--colour", "red", "--user", "alice")]
    [InlineData("token", "--user", "alice", "--verbose")]
    [InlineData("migrate", "--force")]
    public async Task An_unknown_option_is_named_and_exits_2(params string[] args)
    {
        var (exit, _, error) = await RunAsync(null, args);

        Assert.Equal(2, exit);
        Assert.Contains("unknown option --", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_says_which_database_it_touched()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plo-cli-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>(TestTokens.Settings)
        {
            ["ConnectionStrings:Plo"] = $"Data Source={path};Pooling=False",
        };
        try
        {
            var (exit, output, _) = await RunAsync(settings, "migrate");

            Assert.Equal(0, exit);
            Assert.Contains($"SQLite database {path}", output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
