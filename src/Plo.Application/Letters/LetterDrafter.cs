using System.Text.Json;
using Microsoft.Extensions.Options;
using Plo.Application.Letters.Model;
using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Domain.Letters;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Model;

namespace Plo.Application.Letters;

/// <summary>Builds, renders and checks one letter for one recipient: the content a draft holds.</summary>
public sealed class LetterDrafter(
    ILetterRenderer renderer,
    PlainLanguageChecker checker,
    IOptions<CouncilOptions> council
)
{
    /// <summary>A letter for the case as it is now: refused (422) when the letter kinds table says it does not fit the
    /// case.</summary>
    public LetterContent Draft(
        FamilyCase familyCase,
        FamilyMember recipient,
        LetterKind kind,
        LetterContacts contacts,
        DateOnly today,
        HearingInput? hearing
    )
    {
        if (LetterKindRules.WhyNotNow(kind, familyCase) is { } whyNot)
        {
            throw new DomainRuleViolationException(whyNot);
        }

        if (recipient.Address is null)
        {
            throw new DomainRuleViolationException($"Add {recipient.FullName}'s address before drafting their letter.");
        }

        return Preview(familyCase, recipient, kind, contacts, today, hearing);
    }

    /// <summary>Any kind for any case, whatever its stage: how a template reads for the sample families (lint, tests,
    /// benchmarks).</summary>
    public LetterContent Preview(
        FamilyCase familyCase,
        FamilyMember recipient,
        LetterKind kind,
        LetterContacts contacts,
        DateOnly today,
        HearingInput? hearing
    )
    {
        if (string.IsNullOrWhiteSpace(council.Value.Name) || council.Value.Solicitors.Count == 0)
        {
            throw new DomainRuleViolationException(
                "The council's details and solicitor list are not configured (the Council section), so letters cannot "
                    + "be drafted."
            );
        }

        var model = LetterModelBuilder.Build(familyCase, recipient, kind, council.Value, contacts, today, hearing);
        var rendered = renderer.Render(kind, model);
        var result = WithCaseFindings(
            checker.CheckHtml(rendered.Html, Meta(familyCase, recipient, kind, today)),
            familyCase,
            kind
        );
        return new LetterContent(
            rendered.Html,
            result.Text,
            JsonSerializer.Serialize(LetterReport.Of(result), LetterReport.Json),
            result.Errors,
            result.Warnings,
            rendered.TemplateVersion,
            JsonSerializer.Serialize(model, LetterReport.Json)
        );
    }

    /// <summary>
    /// What the text alone cannot show: a letter before proceedings must tell the family what happens if things do not
    /// change, so a plan without a contingency arrangement blocks it (an error, not filler text).
    /// </summary>
    private static CheckResult WithCaseFindings(CheckResult result, FamilyCase c, LetterKind kind)
    {
        if (!kind.IsLetterBeforeProceedings() || c.Plan.HasContingencyPlan)
        {
            return result;
        }

        // Marked on the part of the letter that should say it ("What happens if things do not change"), so the
        // writer sees where the contingency plan belongs; slot S4 ties it to the plan's contingency section.
        var (start, length) = HeadingAt(result.Text, "if things do not change");
        return result with
        {
            Findings =
            [
                .. result.Findings,
                new Finding(
                    "case.contingency-plan",
                    "Contingency plan missing",
                    Severity.Error,
                    start,
                    length,
                    result.Text.Substring(start, length),
                    "The plan has no contingency arrangement, so the letter cannot say what happens if things do "
                        + "not change.",
                    "Add the contingency plan to the case plan, then draft the letter again.",
                    "S4"
                ),
            ],
        };
    }

    /// <summary>The whole line holding <paramref name="words"/>, or nothing when the letter has no such
    /// line.</summary>
    private static (int Start, int Length) HeadingAt(string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return (0, 0);
        }

        var start = text.LastIndexOf('\n', at) + 1;
        var end = text.IndexOf('\n', at);
        return (start, (end < 0 ? text.Length : end) - start);
    }

    /// <summary>What the checker needs to know: the kind, the date, who the letter names, and the meeting it invites
    /// to.</summary>
    public static LetterMeta Meta(FamilyCase c, FamilyMember recipient, LetterKind kind, DateOnly today) =>
        new()
        {
            Kind = LetterKindRules.For(kind).RulesEntry,
            LetterDate = today,
            ChildNames = [.. c.Children.Where(ch => !ch.IsUnborn).Select(ch => ch.FirstName)],
            RecipientNames = [$"{recipient.FirstName} {recipient.LastName}"],
            MeetingDate = LetterModelBuilder.MeetingFor(c, kind, today)?.ScheduledOn,
        };
}
