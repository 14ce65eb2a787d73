using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.Idempotency;

public enum ReservationOutcome
{
    /// <summary>First time this key is seen: go ahead.</summary>
    Proceed,

    /// <summary>Done before with the same request: answer as then.</summary>
    Replay,

    /// <summary>The key was used for a different request.</summary>
    DifferentRequest,

    /// <summary>The first request with this key has not finished.</summary>
    InProgress,
}

public sealed record Reservation(ReservationOutcome Outcome, IdempotencyRecord? Record);

/// <summary>
/// Keys are reserved in a unit of work of their own, before the command runs, so two concurrent retries cannot both
/// run it: the unique (user, key) index lets one reservation in.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<Reservation> ReserveAsync(string userId, string key, string requestHash, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var existing = await db
            .IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);
        if (existing is null)
        {
            var record = IdempotencyRecord.Reserve(userId, key, requestHash, clock.GetUtcNow().UtcDateTime);
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
                return new Reservation(ReservationOutcome.Proceed, record);
            }
            catch (DbUpdateException)
            {
                // another request took the key a moment ago
                return new Reservation(ReservationOutcome.InProgress, null);
            }
        }

        return new Reservation(
            existing.RequestHash != requestHash ? ReservationOutcome.DifferentRequest
                : existing.IsCompleted ? ReservationOutcome.Replay
                : ReservationOutcome.InProgress,
            existing
        );
    }

    public async Task CompleteAsync(
        IdempotencyRecord record,
        int statusCode,
        string? responseJson,
        string? location,
        CancellationToken ct
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        db.IdempotencyRecords.Attach(record);
        record.Complete(statusCode, responseJson, location);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The request failed: free the key so that a retry runs it again.</summary>
    public async Task ReleaseAsync(IdempotencyRecord record)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        await db.IdempotencyRecords.Where(r => r.Id == record.Id).ExecuteDeleteAsync();
    }
}
