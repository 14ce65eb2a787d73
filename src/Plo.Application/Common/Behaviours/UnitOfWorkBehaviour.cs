using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Auditing;

namespace Plo.Application.Common.Behaviours;

/// <summary>
/// Innermost behaviour, commands only: one transaction around the handler, its changes and
/// the audit record, so a command is saved whole with its audit or not at all.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IPloDbContext db, ICurrentUser user, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);

        var caseId = (message as IHasCaseId)?.CaseId ?? (response as IHasCaseId)?.CaseId;
        db.AuditRecords.Add(AuditRecord.Of(
            clock.GetUtcNow().UtcDateTime, user.UserId, string.Join(',', user.Roles), typeof(TMessage).Name, caseId));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
