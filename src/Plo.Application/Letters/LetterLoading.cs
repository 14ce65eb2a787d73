using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Domain.Cases;
using Plo.Domain.Letters;

namespace Plo.Application.Letters;

/// <summary>Loading a letter once the access behaviour has decided the user may act on its case.</summary>
internal static class LetterLoading
{
    public static async Task<Letter> LoadLetterAsync(
        this IPloDbContext db,
        Guid letterId,
        CancellationToken ct,
        bool tracking = false
    )
    {
        var letters = tracking ? db.Letters : db.Letters.AsNoTracking();
        return await letters.SingleOrDefaultAsync(l => l.Id == letterId, ct)
            ?? throw new NotFoundException("Letter", letterId);
    }

    /// <summary>Loads a letter to change it, refusing a stale version with a 409.</summary>
    public static async Task<Letter> LoadLetterForChangeAsync(
        this IPloDbContext db,
        ILetterCommand command,
        CancellationToken ct
    ) => EnsureVersion(await db.LoadLetterAsync(command.LetterId, ct, tracking: true), command);

    /// <summary>Loads a letter and its whole case to change them both.</summary>
    public static async Task<(Letter Letter, FamilyCase Case)> LoadLetterAndCaseForChangeAsync(
        this IPloDbContext db,
        ILetterCommand command,
        CancellationToken ct
    )
    {
        var letter = await db.LoadLetterForChangeAsync(command, ct);
        return (letter, await db.LoadCaseAsync(letter.CaseId, ct, tracking: true));
    }

    private static Letter EnsureVersion(Letter letter, ILetterCommand command) =>
        letter.Version == command.Version
            ? letter
            : throw new ConflictException(
                $"The letter has changed since you read it (it is now version {letter.Version}). Reload it and try "
                    + $"again."
            );
}
