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
        // The budget runs on the application's clock, so a test can spend it without racing a fast checker.
        using var budget = new CancellationTokenSource(
            TimeSpan.FromMilliseconds(options.Value.TimeBudgetMilliseconds),
            clock
        );
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            var result = query.Html is { Length: > 0 } html
                ? checker.CheckHtml(html, meta, either.Token)
                : checker.CheckText(query.Text!, meta, either.Token);
            return ValueTask.FromResult(LetterReport.Of(result));
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            throw new DomainRuleViolationException("This letter took too long to check. Check it in smaller parts.");
        }
    }
}
