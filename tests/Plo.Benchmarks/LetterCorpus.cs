using System.Text.Json;
using Microsoft.Extensions.Options;
using Plo.Application.Letters;
using Plo.Application.Letters.Samples;
using Plo.Domain.Letters;
using Plo.Infrastructure.Letters;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Model;

namespace Plo.Benchmarks;

/// <summary>
/// <c>corpus DIR [COUNT]</c>: writes COUNT letters (default 1,000) as plain text, each with its NAME.meta.json, from
/// the shipped templates and the sample families: every kind for every parent who receives letters, in turn. The
/// checker CLI comparison script (<c>check-letter-vs-node.sh</c>) reads them.
/// </summary>
internal static class LetterCorpus
{
    public static int Write(string folder, int count)
    {
        var drafter = new LetterDrafter(
            new ScribanLetterRenderer(
                new LetterTemplateCatalog(Path.Combine(AppContext.BaseDirectory, "letter-templates"))
            ),
            new PlainLanguageChecker(),
            Options.Create(SampleCouncil.Options)
        );
        var letters = Letters(drafter).ToList();
        Directory.CreateDirectory(folder);
        var words = 0L;
        for (var i = 0; i < count; i++)
        {
            var (text, meta) = letters[i % letters.Count];
            var name = Path.Combine(folder, $"letter-{i:D4}");
            File.WriteAllText(name + ".txt", text);
            File.WriteAllText(name + ".meta.json", JsonSerializer.Serialize(meta, LetterReport.Json));
            words += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        Console.WriteLine(
            $"{count} letters ({letters.Count} distinct) written to {folder}: {words / count} words each on average"
        );
        return 0;
    }

    private static IEnumerable<(string Text, LetterMeta Meta)> Letters(LetterDrafter drafter)
    {
        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            foreach (var sample in SampleCases.All(withExit: kind == LetterKind.EndOfPreProceedings))
            {
                foreach (var recipient in sample.Case.FamilyMembers.Where(m => m.ReceivesLetters))
                {
                    var content = drafter.Preview(
                        sample.Case,
                        recipient,
                        kind,
                        SampleCouncil.Contacts,
                        sample.Today,
                        sample.Hearing
                    );
                    yield return (content.Text, LetterDrafter.Meta(sample.Case, recipient, kind, sample.Today));
                }
            }
        }
    }
}
