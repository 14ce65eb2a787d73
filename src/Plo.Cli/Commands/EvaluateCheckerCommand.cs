using System.Globalization;

namespace Plo.Cli.Commands;

/// <summary>
/// <c>plo evaluate-checker DIR [--min 0.95]</c>: runs the checker over a labelled corpus (DIR/manifest.json) and
/// prints the precision and recall of its errors, each miss and each false error. Exit 0 when both reach
/// <c>--min</c> and no good letter has an error, 1 when not, 2 on a usage or read error.
/// </summary>
public sealed class EvaluateCheckerCommand : ICliCommand
{
    public string Name => "evaluate-checker";
    public string Usage =>
        "evaluate-checker DIR [--min 0.95]   precision and recall of the checker on a labelled corpus";
    public IReadOnlySet<string> Options => new HashSet<string> { "--min" };
    public bool NeedsHost => false;

    public Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        if (args.Positional is not [var folder])
        {
            throw new CliUsageException("Give one corpus folder (with its manifest.json).");
        }

        if (!Directory.Exists(folder))
        {
            throw new CliUsageException($"{folder} is not a folder.");
        }

        var min = 0.95;
        if (
            args.Value("--min") is { } given
            && !(
                double.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out min)
                && min is >= 0 and <= 1
            )
        )
        {
            throw new CliUsageException("--min must be a number from 0 to 1, for example 0.95.");
        }

        var result = CheckerEvaluation.Of(folder);
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Letters} letters ({result.GoodLetters} good): precision {result.Precision:0.000}, "
                    + $"recall {result.Recall:0.000}; {result.TruePositives} expected errors found, "
                    + $"{result.Misses.Count} missed, {result.FalseErrors.Count} false; "
                    + $"{result.GoodLettersWithErrors} good letter(s) with an error."
            )
        );
        foreach (var miss in result.Misses)
        {
            output.WriteLine($"MISS  {miss.File}: {miss.Rule} ({miss.Detail})");
        }

        foreach (var error in result.FalseErrors)
        {
            output.WriteLine($"FALSE {error.File}: {error.Rule}: {error.Detail}");
        }

        var passed = result.Precision >= min && result.Recall >= min && result.GoodLettersWithErrors == 0;
        return Task.FromResult(passed ? 0 : 1);
    }
}
