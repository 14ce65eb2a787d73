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
public sealed class LetterDrafter(ILetterRenderer renderer, PlainLanguageChecker checker, IOptions<CouncilOptions> council)
{
    public LetterContent Draft(FamilyCase familyCase, FamilyMember recipient, LetterKind kind, LetterContacts contacts, DateOnly today, HearingInput? hearing)
    {
        if (string.IsNullOrWhiteSpace(council.Value.Name) || council.Value.Solicitors.Count == 0)
        {
            throw new DomainRuleViolationException("The council's details and solicitor list are not configured (the Council section), so letters cannot be drafted.");
        }

        var model = LetterModelBuilder.Build(familyCase, recipient, kind, council.Value, contacts, today, hearing);
        var rendered = renderer.Render(kind, model);
        var result = checker.CheckHtml(rendered.Html, Meta(familyCase, recipient, kind, today));
        return new LetterContent(
            rendered.Html,
            result.Text,
            JsonSerializer.Serialize(LetterReport.Of(result), LetterReport.Json),
            result.Errors,
            result.Warnings,
            rendered.TemplateVersion,
            JsonSerializer.Serialize(model, LetterReport.Json));
    }

    /// <summary>What the checker needs to know: the kind, the date, who the letter names, and the meeting it invites to.</summary>
    private static LetterMeta Meta(FamilyCase c, FamilyMember recipient, LetterKind kind, DateOnly today) => new()
    {
        Kind = kind.Slug(),
        LetterDate = today,
        ChildNames = [.. c.Children.Where(ch => !ch.IsUnborn).Select(ch => ch.FirstName)],
        RecipientNames = [$"{recipient.FirstName} {recipient.LastName}"],
        MeetingDate = LetterModelBuilder.MeetingFor(c, kind, today)?.ScheduledOn,
    };
}
