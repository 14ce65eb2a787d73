using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Letters;

namespace Plo.Application.Letters.ListLetterKinds;

/// <summary>Each kind of letter, and whether the case may have it now (and if not, why not).</summary>
public sealed record ListLetterKindsQuery(Guid CaseId) : IQuery<IReadOnlyList<LetterKindDto>>, IHasCaseId;

public sealed record LetterKindDto(LetterKind Kind, bool Eligible, string? WhyNot);

public sealed class ListLetterKindsQueryHandler(IPloDbContext db)
    : IQueryHandler<ListLetterKindsQuery, IReadOnlyList<LetterKindDto>>
{
    public async ValueTask<IReadOnlyList<LetterKindDto>> Handle(
        ListLetterKindsQuery query,
        CancellationToken cancellationToken
    )
    {
        var familyCase = await db.LoadCaseAsync(query.CaseId, cancellationToken);
        return
        [
            .. LetterKindRules.All.Keys.Select(kind =>
            {
                var why = LetterKindRules.WhyNotNow(kind, familyCase);
                return new LetterKindDto(kind, why is null, why);
            }),
        ];
    }
}
