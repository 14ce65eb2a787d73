using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace Plo.Api.Infrastructure;

/// <summary>
/// Optimistic concurrency in HTTP terms: a single resource read carries its version as a strong <c>ETag</c>, and a
/// write may send that tag back in <c>If-Match</c> instead of (or as well as, if they agree) the body's <c>version</c>.
/// </summary>
internal static class ETags
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> VersionProperties = new();

    /// <summary>GETs whose result has an integer Version answer with <c>ETag: "N"</c>.</summary>
    public static RouteGroupBuilder WithETags(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(
            async (context, next) =>
            {
                var result = await next(context);
                if (
                    HttpMethods.IsGet(context.HttpContext.Request.Method)
                    && result is IValueHttpResult { Value: { } value }
                    && VersionOf(value) is { } version
                )
                {
                    context.HttpContext.Response.Headers.ETag = $"\"{version}\"";
                }

                return result;
            }
        );
        return group;
    }

    /// <summary>
    /// A write under /api with <c>If-Match: "N"</c> has N put into its JSON body as <c>version</c>; a body that already
    /// names another version is a 412. Runs after the body limits, so nothing larger than the route accepts is read.
    /// </summary>
    public static IApplicationBuilder UseIfMatchAsVersion(this IApplicationBuilder app) =>
        app.Use(
            async (http, next) =>
            {
                var request = http.Request;
                if (
                    !request.Path.StartsWithSegments("/api")
                    || HttpMethods.IsGet(request.Method)
                    || request.Headers.IfMatch.Count == 0
                )
                {
                    await next(http);
                    return;
                }

                if (
                    !EntityTagHeaderValue.TryParse(request.Headers.IfMatch.ToString(), out var tag)
                    || tag.IsWeak
                    || !int.TryParse(tag.Tag.AsSpan().Trim('"'), out var version)
                )
                {
                    throw new BadHttpRequestException(
                        "If-Match takes one version tag as the ETag gave it, like \"3\"."
                    );
                }

                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var text = await reader.ReadToEndAsync(http.RequestAborted);
                var body = string.IsNullOrWhiteSpace(text)
                    ? new JsonObject()
                    : Parse(text) as JsonObject
                        ?? throw new BadHttpRequestException("The request body must be a JSON object.");
                if (
                    body["version"] is { } sent
                    && sent.GetValueKind() == System.Text.Json.JsonValueKind.Number
                    && sent.GetValue<int>() != version
                )
                {
                    throw new BadHttpRequestException(
                        $"If-Match names version {version} but the body names {sent}.",
                        StatusCodes.Status412PreconditionFailed
                    );
                }

                body["version"] = version;
                var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
                request.Body = new MemoryStream(bytes);
                request.ContentLength = bytes.Length;
                request.ContentType ??= "application/json";
                await next(http);
            }
        );

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new BadHttpRequestException(
                "The request body is not valid JSON.",
                StatusCodes.Status400BadRequest,
                e
            );
        }
    }

    private static int? VersionOf(object value) =>
        VersionProperties.GetOrAdd(value.GetType(), t => t.GetProperty("Version", typeof(int)))?.GetValue(value)
        as int?;
}
