using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using Plo.Application.Letters;
using Plo.Application.Letters.Samples;
using Plo.Domain.Letters;
using Plo.Infrastructure.Letters;
using Plo.PlainLanguage;

namespace Plo.IntegrationTests.Letters;

/// <summary>
/// The Word letter opened in a real word processor: LibreOffice renders the generated .docx to PDF and
/// <c>pdftotext -layout</c> gives each line's text and column, so the layout is checked without screenshots.
/// </summary>
public sealed class WordLayoutTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plo-docx-").FullName;

    [LibreOfficeFact]
    public async Task The_word_letter_is_laid_out_like_the_printed_one()
    {
        var sample = SampleCases.All().Single(s => s.Name == "two-children");
        var drafter = new LetterDrafter(
            new ScribanLetterRenderer(
                new LetterTemplateCatalog(Path.Combine(AppContext.BaseDirectory, "letter-templates"))
            ),
            new PlainLanguageChecker(),
            Options.Create(SampleCouncil.Options)
        );
        var html = drafter
            .Preview(
                sample.Case,
                sample.Recipient,
                LetterKind.LetterBeforeProceedings,
                SampleCouncil.Contacts,
                sample.Today,
                null
            )
            .Html;

        var docx = new DocxLetterWriter().ToDocx(html);
        var pages = await RenderAsync(docx);
        var lines = pages.SelectMany((p, i) => p.Select(l => (Page: i, Text: l))).ToList();
        var layout = string.Join("\n", lines.Select(l => $"{l.Page}|{l.Text}"));

        // Letterhead on the right; the parent's address against the left margin, below it.
        var council = Line(lines, "Exampletown Council children's services", layout);
        Assert.True(Indent(council.Text) > 30, layout);
        var reference = Line(lines, "Our reference: PLO-2026-0042", layout);
        Assert.True(Indent(reference.Text) > 30, layout);
        var name = Line(lines, "Sam Example", layout);
        Assert.True(Indent(name.Text) < 5, layout);
        Assert.True(Indent(Line(lines, "1 Test Street", layout).Text) < 5, layout);

        // In the printed order, each on its own line, with blank lines between the parts.
        string[] order =
        [
            "Exampletown Council children's services",
            "Our reference: PLO-2026-0042",
            "Sam Example",
            "ZZ1 1AA",
            "Monday 2 March 2026",
            "Letter before proceedings",
            "Dear Sam,",
            "Please do not ignore this letter.",
            "Why we are writing",
            "What needs to change",
            "If things do not change",
            "Yours sincerely,",
        ];
        var at = order
            .Select(o => lines.FindIndex(l => l.Text.Trim().StartsWith(o, StringComparison.Ordinal)))
            .ToList();
        Assert.True(at.All(i => i >= 0) && at.SequenceEqual(at.Order()), layout);
        Assert.True(string.IsNullOrWhiteSpace(lines[at[3] + 1].Text), layout); // space after the address
        Assert.True(string.IsNullOrWhiteSpace(lines[at[6] + 1].Text), layout); // space after "Dear Sam,"

        // The solicitor list starts a page of its own, after the signature, and the letter ends there.
        var list = Line(lines, "Local solicitors who know about family law", layout);
        var signOff = Line(lines, "Yours sincerely,", layout);
        Assert.True(list.Page > signOff.Page, layout);
        Assert.Equal(list.Page, pages.Count - 1);
        Assert.Equal(3, pages.Count);
        Assert.True(lines.Where(l => l.Page == list.Page).TakeWhile(l => l != list).All(l => l.Text.Trim() == ""));

        // The opening warning is bold (the PDF's text cannot show it; the document can).
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var warning = document
            .MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Single(p => p.InnerText.StartsWith("Please do not ignore", StringComparison.Ordinal));
        Assert.All(warning.Elements<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
    }

    private static (int Page, string Text) Line(List<(int Page, string Text)> lines, string text, string layout)
    {
        var found = lines.FindIndex(l => l.Text.Contains(text, StringComparison.Ordinal));
        Assert.True(found >= 0, $"\"{text}\" is not in the PDF:\n{layout}");
        return lines[found];
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>The PDF's pages, each as its lines laid out in columns.</summary>
    private async Task<List<string[]>> RenderAsync(byte[] docx)
    {
        var path = Path.Combine(_folder, "letter.docx");
        await File.WriteAllBytesAsync(path, docx);
        // A profile of its own, so parallel runs and a desktop LibreOffice never share one.
        await RunAsync(
            LibreOfficeFactAttribute.Soffice,
            $"-env:UserInstallation=file://{_folder}/profile --headless --convert-to pdf --outdir {_folder} {path}"
        );
        await RunAsync(LibreOfficeFactAttribute.PdfToText, $"-layout {_folder}/letter.pdf {_folder}/letter.txt");
        var text = await File.ReadAllTextAsync(Path.Combine(_folder, "letter.txt"));
        return [.. text.TrimEnd('\f', '\n').Split('\f').Select(p => p.Split('\n'))];
    }

    private static async Task RunAsync(string program, string arguments)
    {
        using var process = Process.Start(
            new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true }
        )!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} {arguments}: {await error}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
