using Plo.Cli;

namespace Plo.IntegrationTests.Cli;

/// <summary>
/// The checker CLI's output, text and JSON, byte for byte as approved in <c>Cli/Golden</c> (recorded before the CLI
/// was made parallel and native): the letters in the order given, folders in ordinal name order.
/// </summary>
public sealed class CheckLetterGoldenTests
{
    private static readonly string Base = AppContext.BaseDirectory;
    private static readonly string Golden = Path.Combine(Base, "Cli", "Golden");
    private static readonly string Meta = Path.Combine(Golden, "corpus-meta.json");

    public static TheoryData<string, string[]> Runs =>
        new()
        {
            { "corpus", ["letter-corpus", "--meta", Meta] },
            { "letters", ["letters"] },
            {
                "two",
                [Path.Combine("letters", "good-letter.txt"), "letter-corpus/good-lbp-a-pritchard.txt", "--meta", Meta]
            },
        };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Text_output_is_unchanged(string name, string[] args) => await AssertSame(name, "text", args);

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Json_output_is_unchanged(string name, string[] args) => await AssertSame(name, "json", args);

    private static async Task AssertSame(string name, string format, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] full =
        [
            "check-letter",
            .. args.Select(a => a.StartsWith("--", StringComparison.Ordinal) ? a : Path.Combine(Base, a)),
            "--format",
            format,
        ];

        await CliApp.RunAsync(full, output, error, "Production");

        Assert.Equal("", error.ToString());
        var expected = await File.ReadAllTextAsync(Path.Combine(Golden, $"{name}.{format}"));
        Assert.Equal(expected, output.ToString().Replace(Base, "", StringComparison.Ordinal));
    }
}
