using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Plo.Api.Infrastructure;
using Plo.Application.Letters;
using Plo.Application.Letters.ApproveLetter;
using Plo.Application.Letters.GenerateLetters;
using Plo.Application.Letters.GetLetter;
using Plo.Application.Letters.IssueLetter;
using Plo.Application.Letters.ListLetterKinds;
using Plo.Application.Letters.ListLetters;
using Plo.Application.Letters.RegenerateLetter;

namespace Plo.Api.Endpoints;

internal static class LetterEndpoints
{
    public static RouteGroupBuilder MapLetterEndpoints(this RouteGroupBuilder api)
    {
        var byCase = api.MapGroup("/cases/{id:guid}/letters").WithTags("Letters");
        byCase
            .MapPost("/", Generate)
            .RequireRateLimiting(RateLimits.Heavy)
            .Idempotent()
            .WithSummary(
                "Draft a letter of this kind for each person with parental responsibility, or the people named "
                    + "(SocialWorker, TeamManager)."
            )
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        byCase
            .MapGet(
                "/",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new ListLettersQuery(id), ct)
            )
            .WithSummary("The case's letters: drafts, approved and issued.");
        api.MapGet(
                "/cases/{id:guid}/letter-kinds",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new ListLetterKindsQuery(id), ct)
            )
            .WithTags("Letters")
            .WithSummary("Each kind of letter, and whether the case may have it now (and if not, why not).");

        var letters = api.MapGroup("/letters/{id:guid}")
            .WithTags("Letters")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        letters
            .MapGet(
                "/",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new GetLetterQuery(id), ct)
            )
            .WithSummary(
                "A letter: HTML, plain text, plain-language report, template version, who approved and issued it."
            );
        letters
            .MapGet("/html", Html)
            .WithSummary("The letter ready to print on A4 (window-envelope address).")
            .Produces<string>(200, "text/html");
        letters
            .MapGet("/docx", Docx)
            .WithSummary("The letter as a Word document.")
            .Produces(200, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        letters
            .MapPost(
                "/regenerate",
                (Guid id, RegenerateLetterCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { LetterId = id }, ct)
            )
            .RequireRateLimiting(RateLimits.Heavy)
            .WithSummary("Redraft from the case as it is now (SocialWorker, TeamManager).")
            .ProducesLetterChangeProblems();
        letters
            .MapPost(
                "/approve",
                (Guid id, ApproveLetterCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { LetterId = id }, ct)
            )
            .WithSummary("Approve a draft (TeamManager).")
            .ProducesLetterChangeProblems();
        letters
            .MapPost(
                "/issue",
                (Guid id, IssueLetterCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { LetterId = id }, ct)
            )
            .WithSummary(
                "Issue an approved letter; refused while it has plain-language errors unless an override reason is "
                    + "given (TeamManager, SeniorManager)."
            )
            .ProducesLetterChangeProblems();
        return api;
    }

    private static async Task<Created<IReadOnlyList<LetterSummaryDto>>> Generate(
        Guid id,
        GenerateLettersCommand command,
        ISender sender,
        CancellationToken ct
    ) => TypedResults.Created($"/api/cases/{id}/letters", await sender.Send(command with { CaseId = id }, ct));

    private static async Task<ContentHttpResult> Html(Guid id, ISender sender, HttpContext http, CancellationToken ct)
    {
        var letter = await sender.Send(new GetLetterQuery(id), ct);
        // The letter carries its own styles and nothing else: no scripts, no outside resources.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Content(letter.Html, "text/html; charset=utf-8");
    }

    private static async Task<FileContentHttpResult> Docx(Guid id, ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(new GetLetterDocxQuery(id), ct);
        return TypedResults.File(
            file.Content,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            file.FileName
        );
    }

    private static RouteHandlerBuilder ProducesLetterChangeProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
