using System.Text.Json;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Letters;

namespace Plo.Application.Letters;

public sealed record LetterSummaryDto(
    Guid Id,
    Guid CaseId,
    LetterKind Kind,
    string RecipientName,
    LetterStatus Status,
    int Errors,
    int Warnings,
    bool InterpreterNeeded,
    string? PreferredLanguage,
    DateTime CreatedAt,
    DateTime? IssuedAt,
    bool IssuedWithOverride,
    int Version
) : IHasCaseId
{
    public static LetterSummaryDto Of(Letter l) =>
        new(
            l.Id,
            l.CaseId,
            l.Kind,
            l.RecipientName,
            l.Status,
            l.Content.ErrorCount,
            l.Content.WarningCount,
            l.InterpreterNeeded,
            l.PreferredLanguage,
            l.CreatedAt,
            l.IssuedAt,
            l.OverrideReason is not null,
            l.Version
        );
}

/// <summary>A letter with its renditions and plain-language report (offsets in the report point into <see
/// cref="Text"/>).</summary>
public sealed record LetterDto(
    Guid Id,
    Guid CaseId,
    LetterKind Kind,
    Guid RecipientId,
    string RecipientName,
    bool InterpreterNeeded,
    string? PreferredLanguage,
    LetterStatus Status,
    string Html,
    string Text,
    JsonElement Report,
    string TemplateVersion,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? ApprovedAt,
    string? ApprovedBy,
    DateTime? IssuedAt,
    string? IssuedBy,
    OverrideCategory? OverrideCategory,
    string? OverrideReason,
    int ErrorsAcknowledged,
    bool TranslationRequested,
    bool TranslationAttached,
    string? EnglishOnlyReason,
    int Version
) : IHasCaseId
{
    public static LetterDto Of(Letter l) =>
        new(
            l.Id,
            l.CaseId,
            l.Kind,
            l.RecipientId,
            l.RecipientName,
            l.InterpreterNeeded,
            l.PreferredLanguage,
            l.Status,
            l.Content.Html,
            l.Content.Text,
            JsonDocument.Parse(l.Content.ReportJson).RootElement.Clone(),
            l.Content.TemplateVersion,
            l.CreatedAt,
            l.CreatedBy,
            l.ApprovedAt,
            l.ApprovedBy,
            l.IssuedAt,
            l.IssuedBy,
            l.OverrideCategory,
            l.OverrideReason,
            l.ErrorsAcknowledged,
            l.TranslationRequested,
            l.TranslationAttached,
            l.EnglishOnlyReason,
            l.Version
        );
}
