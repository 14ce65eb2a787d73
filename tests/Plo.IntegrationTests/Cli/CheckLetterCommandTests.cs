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

    /// <summary>Letters are read as bytes: a UTF-8 byte order mark is dropped, and a UTF-16 or UTF-32 mark read as
    /// File.ReadAllText would, so the same letter gives the same report whichever way it was saved.</summary>
    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32BE")]
    public async Task A_letter_saved_with_a_byte_order_mark_reads_as_the_same_letter(string encoding)
    {
        var plain = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "plain")).FullName, "bad.txt");
        File.WriteAllText(plain, Bad + " Café ’n’ £5.");
        var marked = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "marked")).FullName, "bad.txt");
        File.WriteAllText(
            marked,
            Bad + " Café ’n’ £5.",
            encoding == "utf-8-bom" ? new System.Text.UTF8Encoding(true) : System.Text.Encoding.GetEncoding(encoding)
        );
        var meta = Write("letters.json", Meta);

        var expected = await RunAsync("check-letter", plain, "--format", "json", "--meta", meta);
        var actual = await RunAsync("check-letter", marked, "--format", "json", "--meta", meta);

        Assert.NotEqual(new FileInfo(plain).Length, new FileInfo(marked).Length);
        Assert.Equal(1, actual.Exit);
        Assert.Equal(expected.Out.Replace("plain", "marked", StringComparison.Ordinal), actual.Out);
    }

    [Fact]
    public async Task In_a_folder_each_letter_takes_the_metadata_beside_it_and_only_its_own()
    {
        // Amy is the child's name in the metadata: without it, the letter does not say who the child is.
        var named = "Dear Sam,\n\nWe are worried about Amy. You can help Amy.\n\nYours sincerely,\n\nJo";
        Write("a.txt", named);
        Write("a.meta.json", Meta);
        Write("b.txt", named);
        Write("c.meta.json", """{ "letterDate": "02/03/2026" }"""); // belongs to no letter: never read

        var (exit, output, error) = await RunAsync("check-letter", _folder, "--format", "json");

        Assert.True(exit is 0 or 1, error);
        var reports = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var alone = await RunAsync("check-letter", Path.Combine(_folder, "a.txt"), "--format", "json");
        var first = JsonDocument.Parse(alone.Out).RootElement[0];
        Assert.Equal(first.GetRawText(), reports[0].GetRawText());
        Assert.NotEqual(
            reports[0].GetProperty("findings").GetRawText(),
            reports[1].GetProperty("findings").GetRawText()
        );
    }
}
