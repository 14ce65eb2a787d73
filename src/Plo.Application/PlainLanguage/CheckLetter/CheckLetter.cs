using Mediator;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Common;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Model;

namespace Plo.Application.PlainLanguage.CheckLetter;

/// <summary>Checks a letter given as text or HTML (one of them) against the plain-language rules.</summary>
[NotCaseScoped]
public sealed record CheckLetterQuery(
    [property: FreeText(PlainLanguageOptions.MaxAllowedKilobytes)] string? Text,
    [property: FreeText(PlainLanguageOptions.MaxAllowedKilobytes)] string? Html,
    LetterMeta? Meta
) : IQuery<LetterReport>;

public sealed class CheckLetterQueryHandler(
    PlainLanguageChecker checker,
    TimeProvider clock,
    IOptions<PlainLanguageOptions> options
) : IQueryHandler<CheckLetterQuery, LetterReport>
{
    public ValueTask<LetterReport> Handle(CheckLetterQuery query, CancellationToken cancellationToken)
    {
        var meta = query.Meta ?? new LetterMeta();
        meta = meta with { LetterDate = meta.LetterDate ?? clock.Today() }; // today in the UK, not in UTC
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.TimeBudgetMilliseconds);
        try
        {
            var result = query.Html is { Length: > 0 } html
                ? checker.CheckHtml(html, meta, budget.Token)
                : checker.CheckText(query.Text!, meta, budget.Token);
            return ValueTask.FromResult(LetterReport.Of(result));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DomainRuleViolationException("This letter took too long to check. Check it in smaller parts.");
        }
    }
}
