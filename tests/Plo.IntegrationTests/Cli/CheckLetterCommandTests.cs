using System.Text.Json;
using Plo.Cli;

namespace Plo.IntegrationTests.Cli;

public sealed class CheckLetterCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plo-letters-").FullName;

    private const string Good = "Dear Sam,\n\nWe are worried about Amy. You can help her.\n\nYours sincerely,\n\nJo";
    private const string Bad = "Dear Sam,\n\nThe LA is worried about the child.\n\nYours sincerely,\n\nJo";

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, "Production");
        return (exit, output.ToString(), error.ToString());
    }

    private const string Meta = """{ "kind": "other", "letterDate": "2026-03-02", "childNames": ["Amy"] }""";

    [Fact]
    public async Task A_clean_letter_exits_0_with_a_summary()
    {
        var letter = Write("good.txt", Good);
        Write("good.meta.json", Meta);

        var (exit, output, _) = await RunAsync("check-letter", letter);

        Assert.Equal(0, exit);
        Assert.Contains("1 letter(s) checked: 0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_an_error_exits_1_with_compiler_style_lines()
    {
        Write("good.txt", Good);
        Write("bad.txt", Bad);
        var meta = Write("letters.json", Meta);

        var (exit, output, _) = await RunAsync("check-letter", _folder, "--meta", meta);

        Assert.Equal(1, exit);
        Assert.Matches(@"bad\.txt:3:5: error R07 acronym: ", output);
        Assert.Contains("2 letter(s) checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_format_gives_one_object_per_file()
    {
        Write("a.txt", Good);
        Write("b.html", "<p>Dear Sam,</p><p>We are worried about Amy. You can help.</p>");
        var meta = Write("letters.json", Meta);

        var (exit, output, _) = await RunAsync("check-letter", _folder, "--format", "json", "--meta", meta);

        Assert.Equal(0, exit);
        var reports = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["a.txt", "b.html"], reports.Select(r => Path.GetFileName(r.GetProperty("file").GetString())));
        Assert.All(
            reports,
            r =>
            {
                Assert.True(r.GetProperty("metrics").GetProperty("fleschKincaidGrade").GetDouble() < 10);
                Assert.Equal(JsonValueKind.Array, r.GetProperty("findings").ValueKind);
            }
        );
    }

    [Theory]
    [InlineData("check-letter")]
    [InlineData("check-letter", "/no/such/letter.txt")]
    [InlineData("check-letter", "LETTER", "--format", "xml")]
    [InlineData("check-letter", "LETTER", "--meta", "/no/such/meta.json")]
    [InlineData("check-letter", "LETTER", "--rules", "BROKEN")]
    public async Task Usage_and_read_errors_exit_2(params string[] args)
    {
        var letter = Write("x.txt", Good);
        var broken = Write("broken.json", "{ nope");
        var resolved = args.Select(a =>
                a switch
                {
                    "LETTER" => letter,
                    "BROKEN" => broken,
                    _ => a,
                }
            )
            .ToArray();

        var (exit, _, error) = await RunAsync(resolved);

        Assert.Equal(2, exit);
        Assert.StartsWith("plo: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_sibling_metadata_is_a_usage_error()
    {
        var letter = Write("x.txt", Good);
        Write("x.meta.json", """{ "letterDate": "02/03/2026" }""");

        var (exit, _, error) = await RunAsync("check-letter", letter);

        Assert.Equal(2, exit);
        Assert.Contains("x.meta.json", error, StringComparison.Ordinal);
    }
}
