using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;

namespace Plo.Application.Common.Behaviours;

/// <summary>
/// The one access decision. An action on a case is allowed only when one role the user holds both
/// permits the action and reaches the case. Outside every role's reach the case does not exist for the
/// user (404); within reach but with no role that may act, the answer is 403.
/// </summary>
public sealed class AccessBehaviour<TMessage, TResponse>(
    ICurrentUser user,
    IPloDbContext db,
    AccessGrant grant,
    DirectoryCache directory
) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly MessageAccess Rule = MessageAccess.For(typeof(TMessage));

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        var roles = user.Roles.Where(Roles.All.Contains).ToList();
        if (roles.Count == 0)
        {
            throw new ForbiddenException("You have no role in Plo. Ask your manager to give you one.");
        }

        await EnsureInDirectoryAsync(cancellationToken);

        var caseId = Rule.Scope switch
        {
            AccessScope.Case => ((IHasCaseId)message).CaseId,
            AccessScope.Letter => await LetterCaseAsync(((ILetterMessage)message).LetterId, cancellationToken),
            _ => (Guid?)null,
        };
        var facts = caseId is { } id ? await CaseReach.FactsAsync(db, id, cancellationToken) : null;
        var reaching =
            caseId is null ? roles
            : facts is null ? []
            : [.. roles.Where(r => CaseReach.Reaches(r, facts, user.UserId))];
        if (reaching.Count == 0)
        {
            // Out of reach: the case, and everything under it, is not there for this user.
            throw Rule.Scope == AccessScope.Letter
                ? new NotFoundException("Letter", ((ILetterMessage)message).LetterId)
                : new NotFoundException("Case", caseId!.Value);
        }

        var acting = reaching.Where(Rule.PermittedRoles.Contains).ToList();
        if (acting.Count == 0)
        {
            throw new ForbiddenException(
                $"Only a {string.Join(" or ", Rule.PermittedRoles.Select(r => Roles.InWords(r).ToLowerInvariant()))} "
                    + "may do this."
            );
        }

        grant.Grant(caseId, facts?.Version, acting);
        return await next(message, cancellationToken);
    }

    /// <summary>Everyone who signs in must be an active member of the staff directory (read again once anything
    /// changes, as <see cref="DirectoryCache"/> says).</summary>
    private async Task EnsureInDirectoryAsync(CancellationToken ct)
    {
        var active = (
            await directory.GetAsync(
                user.UserId,
                async () =>
                    DirectoryStatus.Of(
                        await db
                            .Staff.AsNoTracking()
                            .Where(s => s.UserId == user.UserId)
                            .Select(s => (bool?)s.IsActive)
                            .SingleOrDefaultAsync(ct)
                    )
            )
        ).Active;
        if (active != true)
        {
            throw new ForbiddenException(
                active is null
                    ? $"You ({user.UserId}) are not in Plo's staff directory. Ask a senior manager to add you."
                    : "Your Plo account is inactive. Ask a senior manager to make it active again."
            );
        }
    }

    private async Task<Guid> LetterCaseAsync(Guid letterId, CancellationToken ct) =>
        await db
            .Letters.AsNoTracking()
            .Where(l => l.Id == letterId)
            .Select(l => (Guid?)l.CaseId)
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("Letter", letterId);
}
