using System.Text.Json;
using Mediator;
using Plo.Application.Common.Security;
using Plo.Domain.Common;

namespace Plo.Application.Reference.ListDisplayNames;

/// <summary>Every code the API uses, with the one name people see for it (grouped by type, both in camelCase as in
/// JSON).</summary>
[NotCaseScoped]
public sealed record ListDisplayNamesQuery : IQuery<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>;

public sealed class ListDisplayNamesQueryHandler
    : IQueryHandler<ListDisplayNamesQuery, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Names =
        Words.Enums.ToDictionary(
            t => JsonNamingPolicy.CamelCase.ConvertName(t.Name),
            t =>
                (IReadOnlyDictionary<string, string>)
                    Enum.GetValues(t)
                        .Cast<Enum>()
                        .ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), Words.For)
        );

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Handle(
        ListDisplayNamesQuery query,
        CancellationToken cancellationToken
    ) => ValueTask.FromResult(Names);
}
