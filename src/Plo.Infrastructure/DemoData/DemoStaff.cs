using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Security;
using Plo.Domain.Staff;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.DemoData;

/// <summary>Invented staff and teams for the demo families and the synthetic ones; added once, never changed
/// afterwards.</summary>
internal static class DemoStaff
{
    public sealed record Person(
        string UserId,
        string Name,
        string Role,
        string? Team,
        string? JobTitle,
        string? Phone,
        string? Email,
        bool Manages = false,
        int? TotalCaseload = null
    );

    public static readonly IReadOnlyList<Person> Demo =
    [
        new(
            "sw.jordan",
            "Jordan Shah",
            Roles.SocialWorker,
            "Riverside",
            "Social worker",
            "01632 960123",
            "jordan.shah@example.org",
            TotalCaseload: 17
        ),
        new(
            "sw.casey",
            "Casey Moor",
            Roles.SocialWorker,
            "Hillside",
            "Social worker",
            "01632 960124",
            "casey.moor@example.org",
            TotalCaseload: 23
        ),
        new(
            "tm.morgan",
            "Morgan Reid",
            Roles.TeamManager,
            "Riverside",
            "Team manager",
            "01632 960130",
            "morgan.reid@example.org",
            Manages: true
        ),
        new(
            "tm.quinn",
            "Quinn Avery",
            Roles.TeamManager,
            "Hillside",
            "Team manager",
            "01632 960131",
            "quinn.avery@example.org",
            Manages: true
        ),
        new(
            "sm.patel",
            "Dev Patel",
            Roles.SeniorManager,
            null,
            "Head of service",
            "01632 960140",
            "dev.patel@example.org"
        ),
        new(
            "panel.chair",
            "Robin Hart",
            Roles.GatewayPanel,
            null,
            "Legal gateway panel chair",
            "01632 960150",
            "robin.hart@example.org"
        ),
        new(
            "la.rivers",
            "Pat Rivers",
            Roles.LegalAdviser,
            null,
            "Solicitor, legal services",
            "01632 960456",
            "pat.rivers@example.org"
        ),
    ];

    /// <summary>Ten teams of four social workers, their managers and five lawyers, matching <see
    /// cref="SyntheticFamilies"/>.</summary>
    public static IEnumerable<Person> Synthetic() =>
        Enumerable
            .Range(0, 10)
            .SelectMany(team =>
                Enumerable
                    .Range(0, 4)
                    .Select(i => new Person(
                        $"sw.{team}.{i}",
                        $"Worker {team}-{i}",
                        Roles.SocialWorker,
                        $"Team {team}",
                        "Social worker",
                        null,
                        null
                    ))
                    .Append(
                        new Person(
                            $"tm.{team}",
                            $"Manager {team}",
                            Roles.TeamManager,
                            $"Team {team}",
                            "Team manager",
                            null,
                            null,
                            Manages: true
                        )
                    )
            )
            .Concat(
                Enumerable
                    .Range(0, 5)
                    .Select(i => new Person(
                        $"la.{i}",
                        $"Lawyer {i}",
                        Roles.LegalAdviser,
                        null,
                        "Solicitor",
                        null,
                        null
                    ))
            )
            .Append(new Person("sm.seed", "Senior manager (synthetic)", Roles.SeniorManager, null, null, null, null))
            .Append(new Person("tm.seed", "Team manager (synthetic)", Roles.TeamManager, null, null, null, null));

    /// <summary>Adds the teams and people not there yet.</summary>
    public static async Task EnsureAsync(PloDbContext db, IEnumerable<Person> people, CancellationToken ct)
    {
        var wanted = people.ToList();
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, ct);
        foreach (var name in wanted.Select(p => p.Team).OfType<string>().Distinct().Where(n => !teams.ContainsKey(n)))
        {
            var team = Team.Create(name, wanted.FirstOrDefault(p => p.Team == name && p.Manages)?.UserId);
            teams[name] = team;
            db.Teams.Add(team);
        }

        var ids = wanted.Select(p => p.UserId).ToList();
        var existing = await db.Staff.Where(s => ids.Contains(s.UserId)).Select(s => s.UserId).ToListAsync(ct);
        db.Staff.AddRange(
            wanted
                .Where(p => !existing.Contains(p.UserId))
                .Select(p =>
                    StaffMember.Create(
                        p.UserId,
                        new StaffDetails(
                            p.Name,
                            [p.Role],
                            p.Team is null ? null : teams[p.Team].Id,
                            p.JobTitle,
                            p.Phone,
                            p.Email,
                            IsActive: true,
                            p.TotalCaseload
                        )
                    )
                )
        );
        await db.SaveChangesAsync(ct);
    }
}
