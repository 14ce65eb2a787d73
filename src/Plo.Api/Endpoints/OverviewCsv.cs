using System.Globalization;
using System.Text;
using Plo.Application.Overview.GetOverview;
using Plo.Domain.Common;

namespace Plo.Api.Endpoints;

/// <summary>
/// The overview as CSV (RFC 4180): a header row, dates as yyyy-MM-dd. A value containing a comma, a semicolon (the
/// separator in many European locales), a quote or a line break is quoted. A value that starts like a formula
/// (= + - @, tab or carriage return) is prefixed with ' so a spreadsheet shows it rather than runs it.
/// </summary>
internal static class OverviewCsv
{
    private static readonly string[] Header =
    [
        "case_id",
        "reference",
        "child_name",
        "age",
        "stage",
        "start_date",
        "weeks_in_pre_proceedings",
        "expected_end_date",
        "next_review_point",
        "next_review_due",
        "days_overdue",
        "rationale_status",
        "extension_count",
        "rag",
        "team",
        "social_worker",
        "team_manager",
        "legal_adviser",
        "last_gateway_decision",
        "last_gateway_decision_date",
        "letter_before_proceedings_sent",
        "letters_issued_with_override",
        "closed_on",
        "outcome",
        "supervision_due",
        "supervision_days_overdue",
        "reassessment_due_since",
        "days_since_significant_change",
        "social_worker_changes_last_12_months",
        "waiting_for_social_worker",
        "social_worker_caseload",
    ];

    public static string Write(IEnumerable<OverviewRow> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Header).Append("\r\n");
        foreach (var r in rows)
        {
            string?[] values =
            [
                r.CaseId.ToString(),
                r.Reference,
                r.ChildName,
                r.Age,
                Name(r.Stage),
                Date(r.StartDate),
                Number(r.WeeksInPreProceedings),
                Date(r.ExpectedEndDate),
                Name(r.NextReviewPoint),
                Date(r.NextReviewDue),
                Number(r.DaysOverdue),
                Name(r.RationaleStatus),
                Number(r.ExtensionCount),
                Name(r.Rag),
                r.TeamName,
                r.SocialWorkerName ?? r.SocialWorkerId,
                r.TeamManagerName ?? r.TeamManagerId,
                r.LegalAdviserId,
                Name(r.LastGatewayDecision),
                Date(r.LastGatewayDecisionOn),
                Date(r.LetterBeforeProceedingsSentOn),
                Number(r.LettersIssuedWithOverride),
                Date(r.ClosedOn),
                Name(r.Outcome),
                Date(r.SupervisionDueOn),
                Number(r.SupervisionDaysOverdue),
                Date(r.ReassessmentDueSince),
                r.DaysSinceSignificantChange is { } days ? Number(days) : null,
                Number(r.SocialWorkerChangesLast12Months),
                r.WaitingForSocialWorker ? "yes" : "no",
                r.SocialWorkerCaseload is { } held ? Number(held) : null,
            ];
            csv.AppendJoin(',', values.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Name(Enum? value) => value is null ? "" : Words.For(value);

    private static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', ';', '"', '\r', '\n']) >= 0
            ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : text;
    }
}
