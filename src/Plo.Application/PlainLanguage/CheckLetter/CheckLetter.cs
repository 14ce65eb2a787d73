using Mediator;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Model;

namespace Plo.Application.PlainLanguage.CheckLetter;

/// <summary>Checks a letter given as text or HTML (one of them) against the plain-language rules.</summary>
[NotCaseScoped]
public sealed record CheckLetterQuery(
    [property: FreeText(PlainLanguageOptions.MaxAllowedKilobytes)] string? Text,
    [property: FreeText(PlainLanguageOptions.MaxAllowedKilobytes)] string? Html,
    LetterMeta? Meta) : IQuery<LetterReport>;

public sealed class CheckLetterQueryHandler(PlainLanguageChecker checker, TimeProvider clock) : IQueryHandler<CheckLetterQuery, LetterReport>
{
    public ValueTask<LetterReport> Handle(CheckLetterQuery query, CancellationToken cancellationToken)
    {
        var meta = query.Meta ?? new LetterMeta();
        meta = meta with { LetterDate = meta.LetterDate ?? clock.Today() }; // today in the UK, not in UTC
        var result = query.Html is { Length: > 0 } html ? checker.CheckHtml(html, meta) : checker.CheckText(query.Text!, meta);
        return ValueTask.FromResult(LetterReport.Of(result));
    }
}
