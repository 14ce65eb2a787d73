using Microsoft.AspNetCore.Http.Features;

namespace Plo.Api.Infrastructure;

/// <summary>The largest request body a route accepts, in bytes.</summary>
public sealed record BodyLimit(long Bytes)
{
    /// <summary>Most commands are a few kilobytes.</summary>
    public static readonly BodyLimit Default = new(64 * 1024);
}

/// <summary>A page's body limit (page models carry attributes, not endpoint metadata records).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AcceptsBodyAttribute(int kilobytes) : Attribute
{
    public long Bytes { get; } = kilobytes * 1024L;
}

internal static class BodyLimits
{
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, int kilobytes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new BodyLimit(kilobytes * 1024L));

    /// <summary>
    /// Refuses a body over the route's limit before anything reads it: at once by its declared length, and while it is
    /// read
    /// for a body sent without one, so a few large requests cannot fill memory.
    /// </summary>
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) =>
        app.Use(
            async (http, next) =>
            {
                var metadata = http.GetEndpoint()?.Metadata;
                var limit =
                    metadata?.GetMetadata<BodyLimit>()?.Bytes
                    ?? metadata?.GetMetadata<AcceptsBodyAttribute>()?.Bytes
                    ?? BodyLimit.Default.Bytes;
                if (http.Request.ContentLength > limit)
                {
                    throw new BadHttpRequestException(
                        $"The request is larger than this route accepts ({limit / 1024} KB).",
                        StatusCodes.Status413PayloadTooLarge
                    );
                }

                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = limit;
                }

                await next(http);
            }
        );
}
