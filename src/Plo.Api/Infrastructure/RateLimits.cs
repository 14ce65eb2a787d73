using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Plo.Api.Infrastructure;

/// <summary>A token bucket: a burst of <see cref="TokenLimit"/> requests, refilled by <see cref="TokensPerPeriod"/>
/// every period.</summary>
public sealed class TokenBucket
{
    public int TokenLimit { get; set; }
    public int TokensPerPeriod { get; set; }
    public double PeriodSeconds { get; set; } = 1;
}

/// <summary>The <c>RateLimiting</c> section: one bucket per user for the API, a smaller one for costly work, and
/// per-user overrides.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public TokenBucket Api { get; set; } = new() { TokenLimit = 200, TokensPerPeriod = 20 };

    /// <summary>Checking letters and drafting them: CPU-heavy, so a tighter bucket of its own.</summary>
    public TokenBucket Heavy { get; set; } =
        new()
        {
            TokenLimit = 10,
            TokensPerPeriod = 1,
            PeriodSeconds = 3,
        };

    /// <summary>Buckets for named users (a load-test account, an integration), by user id.</summary>
    public Dictionary<string, UserBuckets> Users { get; set; } = [];

    public sealed class UserBuckets
    {
        public TokenBucket? Api { get; set; }
        public TokenBucket? Heavy { get; set; }
    }
}

internal static class RateLimits
{
    public const string Api = "api";
    public const string Heavy = "heavy";

    /// <summary>Per-user token buckets (per address for a caller without a token); 429 problem details with
    /// Retry-After.</summary>
    public static IServiceCollection AddPloRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options =
            configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(
                Api,
                http => Partition(http, "api", user => options.Users.GetValueOrDefault(user)?.Api ?? options.Api)
            );
            limiter.AddPolicy(
                Heavy,
                http => Partition(http, "heavy", user => options.Users.GetValueOrDefault(user)?.Heavy ?? options.Heavy)
            );
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(
        HttpContext http,
        string policy,
        Func<string, TokenBucket> bucketFor
    )
    {
        var user = http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
        var key = user is null ? $"{policy}:address:{http.Connection.RemoteIpAddress}" : $"{policy}:user:{user}";
        var bucket = bucketFor(user ?? "");
        return RateLimitPartition.GetTokenBucketLimiter(
            key,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = bucket.TokenLimit,
                TokensPerPeriod = bucket.TokensPerPeriod,
                ReplenishmentPeriod = TimeSpan.FromSeconds(bucket.PeriodSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            }
        );
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = 429,
                        Title = "Too many requests.",
                        Detail = $"Wait {seconds} second(s), then try again.",
                    },
                }
            );
    }
}
