using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Plo.Api.Endpoints;

/// <summary>Thin endpoint bodies: send the message, answer 200 with its result (errors become problem details
/// elsewhere).</summary>
internal static class SenderResults
{
    public static async Task<Ok<T>> Query<T>(ISender sender, IQuery<T> query, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    public static async Task<Ok<T>> Command<T>(ISender sender, ICommand<T> command, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));
}
