using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;

namespace Plo.Api.Pages;

/// <summary>The error pages in the service's look: what happened and what to do, never internals.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PloPage
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string? Reason { get; private set; }

    public IActionResult OnGet(int code)
    {
        var reexecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = code is >= 400 and <= 599 ? code : 404;
        if (!reexecuted && !failed)
        {
            Response.StatusCode = Code;
        }

        Heading = Code switch
        {
            400 => "The form could not be sent",
            401 => "Sign in to use Plo",
            403 => "You cannot do this",
            404 => "Page not found",
            405 => "Page not found",
            409 => "Someone else changed this",
            429 => "Too many requests",
            _ when Code >= 500 => "Sorry, there is a problem with the service",
            _ => "Something went wrong",
        };
        Reason = Code is 403 ? HttpContext.Items[PageErrors.ReasonKey] as string : null;
        return Page();
    }

    public IActionResult OnPost(int code) => OnGet(code);
}
