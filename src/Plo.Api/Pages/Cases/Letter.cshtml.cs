using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Common.Exceptions;
using Plo.Application.Letters;
using Plo.Application.Letters.ApproveLetter;
using Plo.Application.Letters.GetLetter;
using Plo.Application.Letters.IssueLetter;
using Plo.Application.Letters.RegenerateLetter;
using Plo.Application.Planning.GetPlan;
using Plo.Domain.Letters;
using Plo.PlainLanguage.Model;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// The letter workspace: the letter as the parent will read it beside its plain-language report, each finding
/// marked where it is and linked to the part of the plan that produced the words; regenerate after fixing the
/// plan, approve, and issue (with an override category and reason while errors remain). Issued letters are
/// read-only, with a print view and a Word download.
/// </summary>
public sealed class LetterModel : CasePage
{
    public override string Section => "letters";

    [FromRoute]
    public Guid Id { get; set; }

    public LetterDto Letter { get; private set; } = null!;

    public LetterReport Report { get; private set; } = null!;

    public PlanDto Plan { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public bool AcknowledgeErrors { get; set; }

    [BindProperty]
    public string? OverrideCategory { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    [BindProperty]
    public bool TranslationRequested { get; set; }

    [BindProperty]
    public bool TranslationAttached { get; set; }

    [BindProperty]
    public string? EnglishOnlyReason { get; set; }

    public int ErrorCount => Report.Findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => Report.Findings.Count(f => f.Severity == Severity.Warning);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Version = Letter.Version;
    }

    /// <summary>The first hearing, for a letter of issue (the regenerated letter says what is typed here).</summary>
    [BindProperty]
    public HearingForm Hearing { get; set; } = new();

    public Task<IActionResult> OnPostRegenerateAsync()
    {
        var hearing = Hearing.Read(Errors);
        return ChangeAsync(ct => Sender.Send(new RegenerateLetterCommand(Id, Version, hearing), ct));
    }

    public Task<IActionResult> OnPostApproveAsync() =>
        ChangeAsync(ct => Sender.Send(new ApproveLetterCommand(Id, Version, AcknowledgeErrors), ct));

    public Task<IActionResult> OnPostIssueAsync()
    {
        var category = Chosen<OverrideCategory>(OverrideCategory, "overrideCategory");
        return ChangeAsync(ct =>
            Sender.Send(
                new IssueLetterCommand(
                    Id,
                    Version,
                    category,
                    string.IsNullOrWhiteSpace(OverrideReason) ? null : OverrideReason,
                    TranslationRequested,
                    TranslationAttached,
                    string.IsNullOrWhiteSpace(EnglishOnlyReason) ? null : EnglishOnlyReason
                ),
                ct
            )
        );
    }

    public async Task<IActionResult> OnGetDocxAsync()
    {
        await LoadLetterAsync();
        var file = await Sender.Send(new GetLetterDocxQuery(Id), HttpContext.RequestAborted);
        return File(
            file.Content,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            file.FileName
        );
    }

    public async Task<IActionResult> OnGetPrintAsync()
    {
        await LoadLetterAsync();
        // The letter carries its own styles and nothing else: no scripts, no outside resources.
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return Content(Letter.Html, "text/html; charset=utf-8");
    }

    /// <summary>Where the words of a finding came from, so it can be fixed at the source: a part of the plan, the
    /// meetings, or (when nothing on the case produced them) the letter's template.</summary>
    public string? SourceOf(Finding finding)
    {
        var bySlot = finding.Slot switch
        {
            "S1" => "plan#worries",
            "S2" => "plan#changes",
            "S3" => "plan#help",
            "S4" => "plan#contingency",
            "S5" or "S7" => "meetings",
            "S10" => "plan#network",
            _ => null,
        };
        if (bySlot is not null || finding.Text.Length < 3)
        {
            return bySlot is null ? null : CasePath(bySlot);
        }

        bool In(string? field) => field?.Contains(finding.Text, StringComparison.OrdinalIgnoreCase) == true;
        var section =
            Plan.Concerns.Any(c => In(c.Description) || In(c.Event)) ? "plan#worries"
            : Plan.Changes.Any(c => In(c.What) || In(c.Who)) ? "plan#changes"
            : Plan.Support.Any(s => In(s.Service) || In(s.Who) || In(s.When)) ? "plan#help"
            : In(Plan.ContingencyPlan) ? "plan#contingency"
            : null;
        return section is null ? null : CasePath(section);
    }

    /// <summary>For a draft: where to fix a finding (its part of the plan or the meetings, coming back here), or
    /// that the words come from the letter's template.</summary>
    public IHtmlContent? FixLink(Finding finding, int number)
    {
        if (Letter.Status != LetterStatus.Draft || Ended)
        {
            return null;
        }

        if (SourceOf(finding) is not { } source)
        {
            return finding.Length > 0 ? new HtmlString("<span> · This comes from the letter's template.</span>") : null;
        }

        var where = source.Contains("/meetings", StringComparison.Ordinal) ? "meetings" : "plan";
        var href = HtmlEncoder.Default.Encode(BackHere(source));
        return new HtmlString(
            $"""<span> · </span><a class="govuk-link" href="{href}">Fix it in the {where}"""
                + $"""<span class="govuk-visually-hidden"> (problem {number})</span></a>"""
        );
    }

    /// <summary>The source's address, telling it which letter to come back to.</summary>
    public string BackHere(string source)
    {
        var parts = source.Split('#', 2);
        return $"{parts[0]}?letter={Id}" + (parts.Length == 2 ? $"#{parts[1]}" : "");
    }

    private async Task<IActionResult> ChangeAsync<T>(Func<CancellationToken, ValueTask<T>> change)
    {
        await LoadAsync();
        if (!Errors.Any && await TryAsync(async ct => await change(ct)))
        {
            return Redirect(CasePath($"letters/{Id}"));
        }

        return Page();
    }

    /// <summary>The workspace: the letter, its report, and the plan its findings link to.</summary>
    private async Task LoadAsync()
    {
        await LoadLetterAsync();
        Report = Letter.Report.Deserialize<LetterReport>(LetterReport.Json)!;
        Plan = await Sender.Send(new GetPlanQuery(CaseId), HttpContext.RequestAborted);
    }

    /// <summary>The letter, found only under its own case.</summary>
    private async Task LoadLetterAsync()
    {
        await LoadCaseAsync();
        Letter = await Sender.Send(new GetLetterQuery(Id), HttpContext.RequestAborted);
        if (Letter.CaseId != CaseId)
        {
            throw new NotFoundException("Letter", Id);
        }
    }
}
