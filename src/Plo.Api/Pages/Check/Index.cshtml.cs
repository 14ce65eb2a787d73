using System.Text;
using Microsoft.AspNetCore.Mvc;
using Plo.Api.Infrastructure;
using Plo.Api.Web;
using Plo.Application;
using Plo.Application.PlainLanguage;
using Plo.Application.PlainLanguage.CheckLetter;
using Plo.Domain.Common;
using Plo.Domain.Letters;
using Plo.PlainLanguage.Model;

namespace Plo.Api.Pages.Check;

/// <summary>
/// "Check any text": a letter written outside Plo, pasted or uploaded (.txt or .docx), checked against the same
/// plain-language rules for its kind and date, with the same highlighted report as the letter workspace. Nothing is
/// stored.
/// </summary>
[AcceptsBody(PlainLanguageOptions.MaxAllowedKilobytes)]
public sealed class IndexModel(TimeProvider clock, IDocumentTextReader documents) : PloPage
{
    public const string OtherKind = "other";

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    // Named as the check's own fields, so its errors land on them.
    [BindProperty(Name = "meta.kind")]
    public string? Kind { get; set; }

    [BindProperty(Name = "meta.letterDate")]
    public DateParts LetterDate { get; set; } = new();

    public LetterReport? Report { get; private set; }

    /// <summary>Each letter kind's rules, by its name in words, and "another letter" for the rest.</summary>
    public static IEnumerable<Choice> Kinds =>
        [
            .. LetterKindRules.All.Values.Select(r => new Choice(r.RulesEntry, Words.For(r.Kind))),
            new Choice(OtherKind, "Another kind of letter"),
        ];

    public void OnGet()
    {
        Kind = LetterKindRules.All[LetterKind.LetterBeforeProceedings].RulesEntry;
        LetterDate = DateParts.Of(clock.Today());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var date = LetterDate.Read(Errors, "meta.letterDate", "the letter's date");
        var text = await ReadTextAsync();
        if (text is null && Errors.For("upload") is null)
        {
            Errors.Add("text", "Paste the letter's text, or upload a .txt or .docx file");
        }
        var query = new CheckLetterQuery(text, null, new LetterMeta { Kind = Kind ?? "", LetterDate = date });
        LetterReport? report = null;
        if (await SubmitAsync(query, async (q, ct) => report = await Sender.Send(q, ct)))
        {
            Report = report;
            Text = report!.Text;
        }

        return Page();
    }

    /// <summary>The pasted text, or the uploaded file's (which wins when both are given).</summary>
    private async Task<string?> ReadTextAsync()
    {
        if (Upload is not { Length: > 0 } file)
        {
            return string.IsNullOrWhiteSpace(Text) ? null : Text;
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        try
        {
            await using var stream = file.OpenReadStream();
            if (extension == ".docx")
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, HttpContext.RequestAborted);
                copy.Position = 0;
                return documents.ReadDocx(copy, "upload");
            }

            if (extension == ".txt")
            {
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return await reader.ReadToEndAsync(HttpContext.RequestAborted);
            }

            Errors.Add("upload", "Upload a .txt or .docx file");
        }
        catch (DomainValidationException e)
        {
            Errors.Add(e.Field, e.Message);
        }

        return null;
    }
}
