using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Plo.Application.Common.Exceptions;

namespace Plo.Api.Web;

/// <summary>
/// What a page does when a message is refused outside a form: a case out of reach is the 404 page, an action the
/// user's roles may not do is the 403 page with the reason. Forms catch their own validation errors (<see
/// cref="PloPage"/>).
/// </summary>
internal sealed class PageErrors : IAsyncPageFilter
{
    public const string ReasonKey = "plo:refusal";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        var executed = await next();
        var status = executed.Exception switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            ForbiddenException => StatusCodes.Status403Forbidden,
            _ => 0,
        };
        if (status != 0 && !executed.ExceptionHandled)
        {
            context.HttpContext.Items[ReasonKey] = executed.Exception!.Message;
            executed.Result = new StatusCodeResult(status);
            executed.ExceptionHandled = true;
        }
    }
}
