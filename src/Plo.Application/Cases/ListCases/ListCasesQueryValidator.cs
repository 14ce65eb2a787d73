using FluentValidation;
using Plo.Application.Common.Validation;

namespace Plo.Application.Cases.ListCases;

public sealed class ListCasesQueryValidator : PloValidator<ListCasesQuery>
{
    public const int MaxPageSize = 200;

    public ListCasesQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
        RuleFor(q => q.Search).MaximumLength(100);
    }
}
