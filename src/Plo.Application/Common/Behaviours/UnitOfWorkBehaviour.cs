using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Auditing;
using Plo.Domain.Calendar;

namespace Plo.Application.Common.Behaviours;

/// <summary>
/// Innermost behaviour, commands only: one transaction around the handler, its changes and
/// the audit record, the timeline entries it raised and the cases' next key dates, so a command is saved whole or not at all.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(
    IPloDbContext db, ICurrentUser user, AccessGrant grant, TimeProvider clock, WorkingDayCalendar calendar)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var roles = string.Join(',', grant.ActingRoles);
        var caseId = grant.CaseId ?? (response as IHasCaseId)?.CaseId;
        db.AuditRecords.Add(AuditRecord.Of(now, user.UserId, roles, typeof(TMessage).Name, caseId));
        CaseChanges.Flush(db, calendar, now, user.UserId, roles);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
