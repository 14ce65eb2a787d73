using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Domain.Letters;

namespace Plo.Application.Letters;

internal static class LetterLoading
{
    /// <summary>A letter whose case the user may see; 404 or 403 otherwise.</summary>
    public static async Task<Letter> LoadLetterAsync(this IPloDbContext db, Guid letterId, ICurrentUser user, CancellationToken ct, bool tracking = false)
    {
        var letters = tracking ? db.Letters : db.Letters.AsNoTracking();
        var letter = await letters.SingleOrDefaultAsync(l => l.Id == letterId, ct) ?? throw new NotFoundException("Letter", letterId);
        await db.EnsureVisibleAsync(letter.CaseId, user, ct);
        return letter;
    }

    /// <summary>Loads a letter to change it, refusing a stale version with a 409.</summary>
    public static async Task<Letter> LoadLetterForChangeAsync(this IPloDbContext db, ILetterCommand command, ICurrentUser user, CancellationToken ct)
    {
        var letter = await db.LoadLetterAsync(command.LetterId, user, ct, tracking: true);
        return letter.Version == command.Version
            ? letter
            : throw new ConflictException($"The letter has changed since you read it (it is now version {letter.Version}). Reload it and try again.");
    }
}
