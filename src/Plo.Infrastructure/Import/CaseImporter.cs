using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plo.Application.Cases.EnterRetrospectively;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Behaviours;
using Plo.Application.Common.Security;
using Plo.Application.Journey;
using Plo.Domain.Auditing;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.Import;

public sealed record CaseImportResult(IReadOnlyList<ImportProblem> Problems, int Added, int AlreadyImported);

/// <summary>
/// Brings in the families already in pre-proceedings from a council's Excel tracker: one row a child, the rows of a
/// family sharing its reference. Every family is built in memory first, through the same domain rules as
/// <c>POST /api/cases/retrospective</c>; if any row is wrong nothing is stored. A reference already imported is
/// skipped,
/// so running the same file twice adds nothing.
/// </summary>
public sealed class CaseImporter(
    PloDbContext db,
    ICaseReferenceAllocator references,
    TimeProvider clock,
    IOptions<JourneyOptions> options,
    WorkingDayCalendar calendar
)
{
    public static readonly string[] Required =
    [
        "reference",
        "child_name",
        "date_of_birth_or_due_date",
        "parents",
        "social_worker",
        "team_manager",
        "panel_decision_date",
        "status",
    ];

    public static readonly string[] Optional =
    [
        "letter_sent_date",
        "initial_meeting_date",
        "last_review_date",
        "next_review_date",
        "rationale",
    ];

    /// <summary>The statuses a tracker uses for a family still in pre-proceedings; closed families stay in the old
    /// tracker.</summary>
    public static readonly string[] ActiveStatuses =
    [
        "pre-proceedings",
        "in pre-proceedings",
        "active",
        "open",
        "ongoing",
        "plo",
    ];

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd",
        "dd/MM/yyyy",
        "d/M/yyyy",
        "dd-MM-yyyy",
        "d MMM yyyy",
        "d MMMM yyyy",
    ];

    public async Task<CaseImportResult> ImportAsync(
        TextReader file,
        bool dryRun,
        string operatorId,
        CancellationToken ct
    )
    {
        var (cells, problems) = CsvTable.Read(file, Required, Optional);
        if (problems.Count > 0)
        {
            return new CaseImportResult(problems, 0, 0);
        }

        var staff = await db
            .Staff.AsNoTracking()
            .Where(s => s.IsActive)
            .Select(s => new
            {
                s.UserId,
                s.DisplayName,
                s.Roles,
            })
            .ToListAsync(ct);
        string? Staff(CsvRow row, string column, params string[] roles)
        {
            var value = row[column];
            var found = staff
                .Where(s =>
                    (s.UserId == value || string.Equals(s.DisplayName, value, StringComparison.OrdinalIgnoreCase))
                    && s.Roles.Any(roles.Contains)
                )
                .Select(s => s.UserId)
                .Distinct()
                .ToList();
            if (found.Count == 1)
            {
                return found[0];
            }

            problems.Add(
                new ImportProblem(
                    row.Line,
                    column,
                    found.Count == 0
                        ? $"\"{value}\" is not an active {string.Join(" or ", roles)} in the staff directory (give "
                            + $"their user id or display name)."
                        : $"More than one member of staff is called \"{value}\": give the user id."
                )
            );
            return null;
        }

        var inFile = cells.Select(c => c["reference"]).OfType<string>().Distinct().ToList();
        var imported = await db
            .Cases.Where(c => c.FormerReference != null && inFile.Contains(c.FormerReference))
            .Select(c => c.FormerReference!)
            .ToListAsync(ct);
        var families = cells.GroupBy(c => c["reference"] ?? $"(line {c.Line})").ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var ready = new List<(OpenCaseCommand Case, CaseHistory History)>();
        var skipped = 0;
        foreach (var family in families)
        {
            var rows = family.ToList();
            if (imported.Contains(family.Key, StringComparer.Ordinal))
            {
                skipped++;
                continue;
            }

            var before = problems.Count;
            var first = rows[0];
            CheckSameAcrossRows(rows, problems);
            var status = first["status"]?.ToLowerInvariant();
            if (status is null || !ActiveStatuses.Contains(status))
            {
                problems.Add(
                    new ImportProblem(
                        first.Line,
                        "status",
                        $"Only families still in pre-proceedings are brought in (status one of: "
                            + $"{string.Join(", ", ActiveStatuses)})."
                    )
                );
            }

            var children = rows.Select(r => Child(r, problems)).OfType<ChildInput>().ToList();
            var parents = (first["parents"] ?? "")
                .Split([';', '/', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => Person(p))
                .ToList();
            if (parents.Count == 0)
            {
                problems.Add(
                    new ImportProblem(first.Line, "parents", "Name at least one parent (several separated by ;).")
                );
            }

            var socialWorker = Staff(first, "social_worker", Roles.SocialWorker, Roles.TeamManager);
            var teamManager = Staff(first, "team_manager", Roles.TeamManager);
            var history = History(first, problems);
            if (problems.Count > before || history is null || socialWorker is null || teamManager is null)
            {
                continue;
            }

            var command = new OpenCaseCommand(children, parents, socialWorker, teamManager, null);
            var shape = new OpenCaseCommandValidator(clock)
                .Validate(command)
                .Errors.Where(e => !e.PropertyName.EndsWith(".Address", StringComparison.Ordinal))
                .ToList();
            if (shape.Count > 0)
            {
                problems.AddRange(
                    shape.Select(e => new ImportProblem(
                        rows[Math.Min(RowIndex(e.PropertyName), rows.Count - 1)].Line,
                        e.PropertyName.StartsWith("FamilyMembers", StringComparison.Ordinal) ? "parents" : "child_name",
                        e.ErrorMessage
                    ))
                );
                continue;
            }

            try
            {
                EnterCaseRetrospectivelyCommandHandler.Build(
                    command,
                    history,
                    CaseReference.For(2000, 1),
                    now,
                    operatorId,
                    options.Value,
                    calendar,
                    addressesToFollow: true
                );
                ready.Add((command, history));
            }
            catch (DomainValidationException e)
            {
                problems.Add(new ImportProblem(first.Line, ColumnFor(e.Field), e.Message));
            }
            catch (DomainRuleViolationException e)
            {
                problems.Add(new ImportProblem(first.Line, "reference", e.Message));
            }
        }

        if (problems.Count > 0 || dryRun)
        {
            return new CaseImportResult([.. problems.OrderBy(p => p.Line)], 0, skipped);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var allocated = ready.Count == 0 ? [] : await references.NextAsync(ready.Count, ct);
        for (var i = 0; i < ready.Count; i++)
        {
            var familyCase = EnterCaseRetrospectivelyCommandHandler.Build(
                ready[i].Case,
                ready[i].History,
                allocated[i],
                now,
                operatorId,
                options.Value,
                calendar,
                addressesToFollow: true
            );
            db.Cases.Add(familyCase);
        }

        foreach (var caseId in CaseChanges.Flush(db, calendar, now, operatorId, "Administrator").Keys)
        {
            db.AuditRecords.Add(AuditRecord.Of(now, operatorId, "Administrator", "ImportCases", caseId));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CaseImportResult([], ready.Count, skipped);
    }

    /// <summary>A family's rows must agree on everything but the child.</summary>
    private static void CheckSameAcrossRows(List<CsvRow> rows, List<ImportProblem> problems)
    {
        foreach (var column in Required.Concat(Optional).Except(["child_name", "date_of_birth_or_due_date"]))
        {
            foreach (var row in rows.Skip(1).Where(r => r[column] != rows[0][column]))
            {
                problems.Add(
                    new ImportProblem(
                        row.Line,
                        column,
                        $"Differs from line {rows[0].Line}, the same family: one family, one "
                            + $"{column.Replace('_', ' ')}."
                    )
                );
            }
        }
    }

    private ChildInput? Child(CsvRow row, List<ImportProblem> problems)
    {
        var (first, last) = Split(row["child_name"]);
        var date = Date(row, "date_of_birth_or_due_date", problems);
        if (first.Length == 0)
        {
            problems.Add(new ImportProblem(row.Line, "child_name", "Give the child's first and last name."));
            return null;
        }

        return date is not { } d ? null
            : d > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) ? new ChildInput(first, last, null, d)
            : new ChildInput(first, last, d, null);
    }

    /// <summary>A parent brought in by name only: the address is added in Plo before their first letter.</summary>
    private static FamilyMemberInput Person(string name)
    {
        var (first, last) = Split(name);
        return new FamilyMemberInput(first, last, "Parent", true, null, null, false, null);
    }

    private static CaseHistory? History(CsvRow row, List<ImportProblem> problems)
    {
        var panel = Date(row, "panel_decision_date", problems);
        var letter = Date(row, "letter_sent_date", problems, optional: true);
        var initial = Date(row, "initial_meeting_date", problems, optional: true);
        var review = Date(row, "last_review_date", problems, optional: true);
        var next = Date(row, "next_review_date", problems, optional: true);
        var rationale = row["rationale"];
        if (rationale is { Length: > Limits.Narrative })
        {
            problems.Add(new ImportProblem(row.Line, "rationale", $"At most {Limits.Narrative} characters."));
        }

        return panel is { } decided
            ? new CaseHistory(
                decided,
                "Entered pre-proceedings before Plo: the panel's reasons are in the council's earlier records.",
                letter,
                initial,
                review is { } r ? [r] : [],
                next,
                rationale,
                row["reference"]
            )
            : null;
    }

    private static DateOnly? Date(CsvRow row, string column, List<ImportProblem> problems, bool optional = false)
    {
        if (row[column] is not { } text)
        {
            if (!optional)
            {
                problems.Add(new ImportProblem(row.Line, column, "Give a date, like 2026-03-02 or 02/03/2026."));
            }

            return null;
        }

        if (
            DateOnly.TryParseExact(
                text,
                DateFormats,
                CultureInfo.GetCultureInfo("en-GB"),
                DateTimeStyles.None,
                out var date
            )
        )
        {
            return date;
        }

        problems.Add(
            new ImportProblem(row.Line, column, $"\"{text}\" is not a date: write it like 2026-03-02 or 02/03/2026.")
        );
        return null;
    }

    private static (string First, string Last) Split(string? name)
    {
        var parts = (name ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => ("", ""),
            1 => (parts[0], "(not recorded)"),
            _ => (string.Join(' ', parts[..^1]), parts[^1]),
        };
    }

    /// <summary>"Children[2].FirstName" is about the third row of the family.</summary>
    private static int RowIndex(string property) =>
        property.StartsWith("Children[", StringComparison.Ordinal)
        && int.TryParse(property[9..property.IndexOf(']', StringComparison.Ordinal)], out var i)
            ? i
            : 0;

    private static string ColumnFor(string field) =>
        field switch
        {
            "panelDecidedOn" or "decidedOn" => "panel_decision_date",
            "letterSentOn" or "sentOn" => "letter_sent_date",
            "initialMeetingOn" => "initial_meeting_date",
            "lastReviewOn" or "heldOn" => "last_review_date",
            "nextReviewOn" or "scheduledOn" => "next_review_date",
            "revisedDate" => "rationale",
            _ => field,
        };
}
