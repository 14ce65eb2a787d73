using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Plo.Application.PlainLanguage.CheckLetter;
using Plo.PlainLanguage.Model;

namespace Plo.Api.Endpoints;

internal static class PlainLanguageEndpoints
{
    public static RouteGroupBuilder MapPlainLanguageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/plain-language/check", Check).WithTags("Plain language")
            .WithSummary("Check a letter (text or HTML) against the plain-language rules: metrics and findings with character offsets (any role).")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<LetterReport>> Check(CheckLetterQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));
}
