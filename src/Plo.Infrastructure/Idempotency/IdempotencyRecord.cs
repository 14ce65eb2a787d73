namespace Plo.Infrastructure.Idempotency;

/// <summary>A create request made with an Idempotency-Key: what it asked for and, once done, what it
/// answered.</summary>
public sealed class IdempotencyRecord
{
    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Key { get; private set; } = "";
    public string RequestHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public int? StatusCode { get; private set; }
    public string? ResponseJson { get; private set; }
    public string? Location { get; private set; }

    public bool IsCompleted => StatusCode is not null;

    public static IdempotencyRecord Reserve(string userId, string key, string requestHash, DateTime at) =>
        new()
        {
            UserId = userId,
            Key = key,
            RequestHash = requestHash,
            CreatedAt = at,
        };

    public void Complete(int statusCode, string? responseJson, string? location)
    {
        StatusCode = statusCode;
        ResponseJson = responseJson;
        Location = location;
    }
}
