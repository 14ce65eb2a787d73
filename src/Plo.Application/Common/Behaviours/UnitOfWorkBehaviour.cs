using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Auditing;
using Plo.Domain.Calendar;

namespace Plo.Application.Common.Behaviours;

/// <summary>
/// Innermost behaviour, commands only: one transaction around the handler, its changes, the timeline entries it
/// raised, the cases' next key dates and one audit record per case it touched, so a command is saved whole or not
/// at all. A command that changes a case must say so on the case's timeline: one that does not is a programming error.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(
    IPloDbContext db,
    ICurrentUser user,
    AccessGrant grant,
    TimeProvider clock,
    WorkingDayCalendar calendar
) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    private static readonly string Name = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var roles = string.Join(',', grant.ActingRoles);
        var changed = db.HasChanges();
        var touched = CaseChanges.Flush(db, calendar, now, user.UserId, roles);
        if (changed && grant.CaseId is { } caseId && !touched.ContainsKey(caseId))
        {
            throw new InvalidOperationException($"{Name} changed case {caseId} but wrote nothing on its timeline.");
        }

        var cases = touched
            .Keys.Union(grant.CaseId is { } id ? [id] : [])
            .Union((response as IHasCaseId)?.CaseId is { } created ? [created] : [])
            .ToList();
        foreach (var audited in cases.Count > 0 ? cases.Select(c => (Guid?)c) : [null])
        {
            var corrections = audited is { } c && touched.TryGetValue(c, out var made) ? made : null;
            db.AuditRecords.Add(
                AuditRecord.Of(now, user.UserId, roles, Name, audited, corrections?.Before, corrections?.After)
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
