using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Plo.Api.Infrastructure;

/// <summary>
/// Under /api, problem details are always written as application/problem+json, whatever the Accept header asks
/// for: an error must never turn into a 500 (or a developer error page) because a client asked for HTML or CSV.
/// </summary>
internal sealed class ProblemJsonWriter(
    IOptions<ProblemDetailsOptions> problemOptions,
    IOptions<JsonOptions> jsonOptions
) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ApiSetup.IsApi(context.HttpContext);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        await context.HttpContext.Response.WriteAsJsonAsync(
            problem,
            problem.GetType(),
            jsonOptions.Value.SerializerOptions,
            "application/problem+json",
            context.HttpContext.RequestAborted
        );
    }
}
