using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;

namespace Plo.Application.Letters.ListLetters;

public sealed record ListLettersQuery(Guid CaseId) : IQuery<IReadOnlyList<LetterSummaryDto>>;

public sealed class ListLettersQueryHandler(IPloDbContext db, ICurrentUser user) : IQueryHandler<ListLettersQuery, IReadOnlyList<LetterSummaryDto>>
{
    public async ValueTask<IReadOnlyList<LetterSummaryDto>> Handle(ListLettersQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureVisibleAsync(query.CaseId, user, cancellationToken);
        var letters = await db.Letters.AsNoTracking().Where(l => l.CaseId == query.CaseId).ToListAsync(cancellationToken);
        return [.. letters.OrderBy(l => l.CreatedAt).ThenBy(l => l.RecipientName).Select(LetterSummaryDto.Of)];
    }
}
