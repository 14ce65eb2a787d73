using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;

namespace Plo.Application.Cases.FindCase;

/// <summary>
/// A case by its reference (PLO-2026-0001), as pages address cases. Only cases the user reaches are found: any
/// other reference is not found, whether or not it exists.
/// </summary>
[NotCaseScoped]
public sealed record FindCaseQuery(string Reference) : IQuery<Guid>;

/// <summary>The case a reference names.</summary>
public sealed record FoundCase(Guid Id, string Reference);

public sealed class FindCaseQueryHandler(IPloDbContext db, ICurrentUser user) : IQueryHandler<FindCaseQuery, Guid>
{
    public async ValueTask<Guid> Handle(FindCaseQuery query, CancellationToken cancellationToken)
    {
        var reference = query.Reference.Trim().ToUpperInvariant();
        return await db
                .Cases.AsNoTracking()
                .Where(CaseReach.VisibleTo(user, db))
                .Where(c => c.Reference == reference)
                .Select(c => (Guid?)c.Id)
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Case", reference);
    }
}
