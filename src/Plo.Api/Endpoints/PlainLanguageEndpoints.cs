using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Plo.Api.Infrastructure;
using Plo.Application.PlainLanguage;
using Plo.Application.PlainLanguage.CheckLetter;
using Plo.PlainLanguage.Model;

namespace Plo.Api.Endpoints;

internal static class PlainLanguageEndpoints
{
    public static RouteGroupBuilder MapPlainLanguageEndpoints(this RouteGroupBuilder api)
    {
        // The text limit is in characters; as JSON-escaped UTF-8 a character can take up to three bytes.
        var maxKilobytes = ((IEndpointRouteBuilder)api)
            .ServiceProvider.GetRequiredService<IOptions<PlainLanguageOptions>>()
            .Value.MaxInputKilobytes;
        api.MapPost("/plain-language/check", Check)
            .WithTags("Plain language")
            .RequireRateLimiting(RateLimits.Heavy)
            .WithBodyLimit((maxKilobytes * 3) + 16)
            .WithSummary(
                "Check a letter (text or HTML) against the plain-language rules: metrics and findings with character "
                    + "offsets (any role)."
            )
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<LetterReport>> Check(CheckLetterQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));
}
