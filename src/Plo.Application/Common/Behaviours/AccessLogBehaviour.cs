using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Auditing;

namespace Plo.Application.Common.Behaviours;

/// <summary>Queries only: every successful read is recorded in the access log (who, in which roles, what, which case,
/// when).</summary>
public sealed class AccessLogBehaviour<TMessage, TResponse>(
    IAccessLog log,
    ICurrentUser user,
    AccessGrant grant,
    TimeProvider clock
) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseQuery
{
    private static readonly string Name = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        var response = await next(message, cancellationToken);
        log.Record(
            AccessRecord.Of(
                clock.GetUtcNow().UtcDateTime,
                user.UserId,
                string.Join(',', grant.ActingRoles),
                Name,
                grant.CaseId
            )
        );
        return response;
    }
}
