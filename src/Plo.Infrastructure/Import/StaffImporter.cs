using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Auditing;
using Plo.Domain.Cases;
using Plo.Domain.Staff;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.Import;

public sealed record StaffImportResult(IReadOnlyList<ImportProblem> Problems, int Added, int Updated, int Teams);

/// <summary>
/// Brings a council's staff list into the directory: one row a person, teams by name (made when new), a person's
/// row updating them when they are already there. Every row is checked first; if any is wrong nothing is stored.
/// An administrator's tool, like <c>migrate</c>: it is how the first senior managers get into Plo.
/// </summary>
public sealed class StaffImporter(PloDbContext db, TimeProvider clock)
{
    public static readonly string[] Required = ["user_id", "display_name", "roles"];
    public static readonly string[] Optional =
    [
        "team",
        "team_manager",
        "job_title",
        "phone",
        "email",
        "active",
        "total_caseload",
    ];

    public sealed record Row(
        int Line,
        string UserId,
        string DisplayName,
        string[] Roles,
        string? Team,
        bool ManagesTeam,
        string? JobTitle,
        string? Phone,
        string? Email,
        bool Active,
        int? TotalCaseload
    );

    public async Task<StaffImportResult> ImportAsync(
        TextReader file,
        bool dryRun,
        string operatorId,
        CancellationToken ct
    )
    {
        var (cells, problems) = CsvTable.Read(file, Required, Optional);
        var rows = cells.Select(c => ToRow(c, problems)).OfType<Row>().ToList();
        var validator = new RowValidator();
        problems.AddRange(
            rows.SelectMany(r =>
                validator
                    .Validate(r)
                    .Errors.Select(e => new ImportProblem(r.Line, Column(e.PropertyName), e.ErrorMessage))
            )
        );
        problems.AddRange(
            rows.GroupBy(r => r.UserId)
                .Where(g => g.Count() > 1)
                .SelectMany(g =>
                    g.Skip(1)
                        .Select(r => new ImportProblem(
                            r.Line,
                            "user_id",
                            $"{r.UserId} is on line {g.First().Line} too."
                        ))
                )
        );
        problems.AddRange(
            rows.Where(r => r.ManagesTeam)
                .GroupBy(r => r.Team)
                .Where(g => g.Key is not null && g.Count() > 1)
                .SelectMany(g =>
                    g.Skip(1)
                        .Select(r => new ImportProblem(
                            r.Line,
                            "team_manager",
                            $"{g.Key} already has a team manager on line {g.First().Line}."
                        ))
                )
        );
        problems.AddRange(
            rows.Where(r => r.ManagesTeam && r.Team is null)
                .Select(r => new ImportProblem(r.Line, "team", "Name the team this person manages."))
        );
        if (problems.Count > 0 || dryRun)
        {
            return new StaffImportResult([.. problems.OrderBy(p => p.Line)], 0, 0, 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var teams = await TeamsAsync(rows, ct);
        var existing = await db.Staff.ToDictionaryAsync(s => s.UserId, ct);
        foreach (var row in rows)
        {
            var details = new StaffDetails(
                row.DisplayName,
                row.Roles,
                row.Team is null ? null : teams[row.Team].Id,
                row.JobTitle,
                row.Phone,
                row.Email,
                row.Active,
                row.TotalCaseload
            );
            if (existing.TryGetValue(row.UserId, out var member))
            {
                member.Update(details);
            }
            else
            {
                db.Staff.Add(StaffMember.Create(row.UserId, details));
            }
        }

        var added = rows.Count(r => !existing.ContainsKey(r.UserId));
        db.AuditRecords.Add(
            AuditRecord.Of(
                clock.GetUtcNow().UtcDateTime,
                operatorId,
                "Administrator",
                $"ImportStaff {added} added {rows.Count - added} updated",
                null
            )
        );
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new StaffImportResult([], added, rows.Count - added, teams.Count);
    }

    private async Task<Dictionary<string, Team>> TeamsAsync(List<Row> rows, CancellationToken ct)
    {
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, ct);
        foreach (var name in rows.Select(r => r.Team).OfType<string>().Distinct())
        {
            var manager = rows.FirstOrDefault(r => r.Team == name && r.ManagesTeam)?.UserId;
            if (!teams.TryGetValue(name, out var team))
            {
                db.Teams.Add(teams[name] = Team.Create(name, manager));
            }
            else if (manager is not null && manager != team.ManagerId)
            {
                team.Update(team.Name, manager);
            }
        }

        return teams;
    }

    private static Row? ToRow(CsvRow cell, List<ImportProblem> problems)
    {
        bool YesNo(string column, bool absent)
        {
            var value = cell[column]?.ToLowerInvariant();
            if (value is null)
            {
                return absent;
            }

            if (value is "yes" or "y" or "true" or "1" or "no" or "n" or "false" or "0")
            {
                return value is "yes" or "y" or "true" or "1";
            }

            problems.Add(new ImportProblem(cell.Line, column, "Write yes or no."));
            return absent;
        }

        int? Count(string column)
        {
            var value = cell[column];
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0)
            {
                return n;
            }

            problems.Add(new ImportProblem(cell.Line, column, "Write a whole number of children, for example 18."));
            return null;
        }

        var roles = (cell["roles"] ?? "").Split(
            [';', '|', ','],
            StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
        );
        return new Row(
            cell.Line,
            cell["user_id"] ?? "",
            cell["display_name"] ?? "",
            roles,
            cell["team"],
            YesNo("team_manager", false),
            cell["job_title"],
            cell["phone"],
            cell["email"],
            YesNo("active", true),
            Count("total_caseload")
        );
    }

    private static string Column(string property) =>
        string.Concat(
            property.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString())
        );

    private sealed class RowValidator : PloValidator<Row>
    {
        public RowValidator()
        {
            RuleFor(r => r.UserId).NotEmpty().MaximumLength(FieldLengths.UserId).CleanName();
            RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(FieldLengths.Name).CleanName();
            RuleFor(r => r.Roles).NotEmpty().WithMessage($"Give one or more of {string.Join(", ", Roles.All)}.");
            RuleForEach(r => r.Roles)
                .Must(r => Roles.All.Contains(r))
                .WithMessage($"Roles are {string.Join(", ", Roles.All)}.");
            RuleFor(r => r.Team!).MaximumLength(FieldLengths.Name).CleanName().When(r => r.Team is not null);
            RuleFor(r => r.JobTitle).MaximumLength(FieldLengths.Name);
            RuleFor(r => r.Phone).MaximumLength(FieldLengths.Phone);
            RuleFor(r => r.Email!).MaximumLength(FieldLengths.Email).EmailAddress().When(r => r.Email is not null);
        }
    }
}
