using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Letters.ListLetters;

public sealed record ListLettersQuery(Guid CaseId) : IQuery<IReadOnlyList<LetterSummaryDto>>, IHasCaseId;

public sealed class ListLettersQueryHandler(IPloDbContext db)
    : IQueryHandler<ListLettersQuery, IReadOnlyList<LetterSummaryDto>>
{
    public async ValueTask<IReadOnlyList<LetterSummaryDto>> Handle(
        ListLettersQuery query,
        CancellationToken cancellationToken
    )
    {
        var letters = await db
            .Letters.AsNoTracking()
            .Where(l => l.CaseId == query.CaseId)
            .ToListAsync(cancellationToken);
        return [.. letters.OrderBy(l => l.CreatedAt).ThenBy(l => l.RecipientName).Select(LetterSummaryDto.Of)];
    }
}
