using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Validation;
using Plo.Infrastructure.Idempotency;

namespace Plo.Api.Infrastructure;

/// <summary>
/// <c>Idempotency-Key</c> on a POST that creates something: a retry with the same key and the same request gets the
/// first answer again and creates nothing; the same key with a different request is refused (422); a retry while the
/// first is still running is a 409. A request that fails frees its key.
/// </summary>
internal sealed class IdempotencyFilter(IdempotencyStore store, IOptions<JsonOptions> json) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(Header, out var values))
        {
            return await next(context);
        }

        var key = values.ToString();
        if (key.Length is 0 or > 100 || !TextRules.IsCleanName(key))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [Header] = ["Send a key of 1 to 100 visible characters."] }
            );
        }

        var reservation = await store.ReserveAsync(
            http.User.Identity?.Name ?? "",
            key,
            Hash(context),
            http.RequestAborted
        );
        switch (reservation.Outcome)
        {
            case ReservationOutcome.Replay:
                return Replay(http, reservation.Record!);
            case ReservationOutcome.DifferentRequest:
                return TypedResults.Problem(
                    "This Idempotency-Key was used for a different request. Use a new key for a new request.",
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "This is not allowed."
                );
            case ReservationOutcome.InProgress:
                return TypedResults.Problem(
                    "A request with this Idempotency-Key is still being handled. Try again in a moment.",
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Conflict."
                );
        }

        var record = reservation.Record!;
        try
        {
            var result = await next(context);
            if (result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
            {
                var body = result is IValueHttpResult { Value: { } value }
                    ? JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions)
                    : null;
                await store.CompleteAsync(
                    record,
                    success.StatusCode.Value,
                    body,
                    LocationOf(result),
                    http.RequestAborted
                );
            }
            else
            {
                await store.ReleaseAsync(record);
            }

            return result;
        }
        catch
        {
            await store.ReleaseAsync(record);
            throw;
        }
    }

    /// <summary>Created results carry their Location as a property (there is no interface for it).</summary>
    private static string? LocationOf(object result) =>
        result.GetType().GetProperty("Location")?.GetValue(result) as string;

    private static IResult Replay(HttpContext http, IdempotencyRecord record)
    {
        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (record.Location is { } location)
        {
            http.Response.Headers.Location = location;
        }

        return Results.Content(record.ResponseJson ?? "", "application/json", Encoding.UTF8, record.StatusCode);
    }

    /// <summary>The request as bound (route values and body), so that formatting differences do not count as a new
    /// request.</summary>
    private string Hash(EndpointFilterInvocationContext context)
    {
        var parts = context
            .Arguments.Where(a =>
                a is not null
                && (a.GetType().Namespace?.StartsWith("Plo.", StringComparison.Ordinal) == true || a is Guid)
            )
            .Select(a => JsonSerializer.Serialize(a, a!.GetType(), json.Value.SerializerOptions));
        var request = $"{context.HttpContext.Request.Path}\n{string.Join('\n', parts)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request)));
    }
}

internal static class Idempotency
{
    /// <summary>Accept an Idempotency-Key on this create endpoint.</summary>
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder
            .AddEndpointFilter<IdempotencyFilter>()
            .WithDescription(
                $"Send an `{IdempotencyFilter.Header}` header to make retries safe: the same key and request return "
                    + $"the first answer."
            );
}
