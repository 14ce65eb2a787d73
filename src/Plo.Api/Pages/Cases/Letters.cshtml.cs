using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Letters;
using Plo.Application.Letters.GenerateLetters;
using Plo.Application.Letters.ListLetterKinds;
using Plo.Application.Letters.ListLetters;
using Plo.Domain.Letters;

namespace Plo.Api.Pages.Cases;

/// <summary>The case's letters, and drafting the kinds the case may have now: one per person with parental
/// responsibility.</summary>
public sealed class LettersModel : CasePage
{
    public override string Section => "letters";

    public IReadOnlyList<LetterSummaryDto> Letters { get; private set; } = [];

    public IReadOnlyList<LetterKindDto> Kinds { get; private set; } = [];

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public HearingForm Hearing { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Chosen<LetterKind>(Kind, "kind", "Choose the letter to draft") is not { } kind)
        {
            return Page();
        }

        var hearing = kind == LetterKind.LetterOfIssue ? Hearing.Read(Errors) : null;
        if (Errors.Any)
        {
            return Page();
        }

        IReadOnlyList<LetterSummaryDto> drafted = [];
        if (
            await TryAsync(async ct =>
                drafted = await Sender.Send(new GenerateLettersCommand(CaseId, kind, null, hearing), ct)
            )
        )
        {
            return drafted.Count == 1 ? Redirect(CasePath($"letters/{drafted[0].Id}")) : Done(Section);
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        var ct = HttpContext.RequestAborted;
        Letters = await Sender.Send(new ListLettersQuery(CaseId), ct);
        Kinds = await Sender.Send(new Application.Letters.ListLetterKinds.ListLetterKindsQuery(CaseId), ct);
    }
}
