using Microsoft.AspNetCore.Mvc;
using Plo.Application;
using Plo.Application.Cases.FindCase;
using Plo.Application.Cases.GetCase;

namespace Plo.Api.Web;

/// <summary>
/// A page about one case, addressed by its reference (<c>/cases/PLO-2026-0001/plan</c>). A reference outside the
/// user's reach is not found, as in the API. Once pre-proceedings has ended the case is read-only.
/// </summary>
public abstract class CasePage : PloPage
{
    [FromRoute]
    public string Reference { get; set; } = "";

    public Guid CaseId { get; private set; }

    public CaseDetailsDto Case { get; private set; } = null!;

    /// <summary>The sub-navigation item this page is (see <c>_CaseHeader</c>).</summary>
    public abstract string Section { get; }

    public bool Ended => Case.Exit is not null;

    /// <summary>Today in the UK, by the application's clock.</summary>
    public DateOnly Today => HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();

    public string CasePath(string? section = null) =>
        section is null ? $"/cases/{Case.Reference}" : $"/cases/{Case.Reference}/{section}";

    /// <summary>Reads the case once per request, however many steps of a handler ask for it.</summary>
    protected async Task LoadCaseAsync()
    {
        if (CaseId != Guid.Empty)
        {
            return;
        }

        var ct = HttpContext.RequestAborted;
        CaseId = await Sender.Send(new FindCaseQuery(Reference), ct);
        Case = await Sender.Send(new GetCaseQuery(CaseId), ct);
    }

    /// <summary>After a change: back to this page (POST → redirect → GET), optionally at an anchor.</summary>
    protected RedirectResult Done(string? section, string? anchor = null) =>
        Redirect(CasePath(section) + (anchor is null ? "" : $"#{anchor}"));
}
