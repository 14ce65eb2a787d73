using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Exceptions;
using Plo.Domain.Common;

namespace Plo.Api.Infrastructure;

/// <summary>
/// The one place exceptions become RFC 9457 problem details:
/// validation 400 (errors keyed by field), forbidden 403, not found 404, stale version or
/// duplicate 409, domain rule broken 422, anything else 500 with no internals outside Development.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    IHostEnvironment environment,
    ILogger<ProblemDetailsExceptionHandler> logger
) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        var problem = ToProblem(
            exception is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : exception
        );
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(
                exception,
                "Unhandled exception for {Method} {Path}",
                httpContext.Request.Method,
                httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path
            );
        }

        // Pages show their own error page (ExceptionHandlingPath); only the API answers with problem details.
        if (!ApiSetup.IsApi(httpContext))
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        var written = await problemDetails.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            }
        );
        if (!written)
        {
            // Outside /api a client that accepts no JSON still gets an answer, and never the exception.
            await httpContext.Response.WriteAsync($"{problem.Status} {problem.Title}", cancellationToken);
        }

        return true;
    }

    private ProblemDetails ToProblem(Exception exception) =>
        exception switch
        {
            RequestValidationException v => new HttpValidationProblemDetails(v.Errors)
            {
                Status = 400,
                Title = "The request is not valid.",
            },
            BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]>
                {
                    [JsonField(json)] =
                    [
                        json is JsonInputException ? json.Message : "This value is not in the expected format.",
                    ],
                }
            )
            {
                Status = 400,
                Title = "The request body could not be read.",
            },
            BadHttpRequestException b => Problem(b.StatusCode, "The request could not be read.", b.Message),
            ForbiddenException f => Problem(403, "You may not do this.", f.Message),
            NotFoundException n => Problem(404, "Not found.", n.Message),
            ConflictException c => Problem(409, "Conflict.", c.Message),
            DbUpdateConcurrencyException => Problem(
                409,
                "Conflict.",
                "Someone else changed this record. Reload it and try again."
            ),
            DomainValidationException v => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [v.Field] = [v.Message] }
            )
            {
                Status = 400,
                Title = "The request is not valid.",
            },
            DomainRuleViolationException d => Problem(422, "This is not allowed.", d.Message),
            _ => Problem(500, "Something went wrong.", environment.IsDevelopment() ? exception.ToString() : null),
        };

    private static ProblemDetails Problem(int status, string title, string? detail) =>
        new()
        {
            Status = status,
            Title = title,
            Detail = detail,
        };

    /// <summary>System.Text.Json reports <c>$.children[0].dateOfBirth</c>; the field key is the part after
    /// <c>$.</c>.</summary>
    private static string JsonField(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
}
