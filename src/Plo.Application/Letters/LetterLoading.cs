using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Domain.Cases;
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
    public static async Task<Letter> LoadLetterForChangeAsync(this IPloDbContext db, ILetterCommand command, ICurrentUser user, CancellationToken ct) =>
        EnsureVersion(await db.LoadLetterAsync(command.LetterId, user, ct, tracking: true), command);

    /// <summary>
    /// Loads a letter and its whole case to change them both; loading the case is the visibility check,
    /// so it is not made twice.
    /// </summary>
    public static async Task<(Letter Letter, FamilyCase Case)> LoadLetterAndCaseForChangeAsync(
        this IPloDbContext db, ILetterCommand command, ICurrentUser user, CancellationToken ct)
    {
        var letter = await db.Letters.SingleOrDefaultAsync(l => l.Id == command.LetterId, ct) ?? throw new NotFoundException("Letter", command.LetterId);
        var familyCase = await db.LoadVisibleAsync(letter.CaseId, user, ct, tracking: true);
        return (EnsureVersion(letter, command), familyCase);
    }

    private static Letter EnsureVersion(Letter letter, ILetterCommand command) => letter.Version == command.Version
        ? letter
        : throw new ConflictException($"The letter has changed since you read it (it is now version {letter.Version}). Reload it and try again.");
}
