using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Staff.SignIn;

/// <summary>Someone in the staff directory who may sign in, with the roles the directory gives them.</summary>
public sealed record SignInCandidate(
    string UserId,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? TeamName,
    string? JobTitle
);

/// <summary>
/// The staff directory as sign-in sees it, before anyone is signed in (so not a mediator message, which needs a
/// user): a person signs in only while they are active in the directory.
/// </summary>
public sealed class StaffSignIn(IPloDbContext db)
{
    public async Task<IReadOnlyList<SignInCandidate>> ActiveStaffAsync(CancellationToken ct) =>
        await Candidates(null).ToListAsync(ct);

    public Task<SignInCandidate?> FindActiveAsync(string userId, CancellationToken ct) =>
        Candidates(userId).SingleOrDefaultAsync(ct);

    private IQueryable<SignInCandidate> Candidates(string? userId) =>
        db
            .Staff.AsNoTracking()
            .Where(s => s.IsActive && (userId == null || s.UserId == userId))
            .OrderBy(s => s.DisplayName)
            .Select(s => new SignInCandidate(
                s.UserId,
                s.DisplayName,
                s.Roles,
                db.Teams.Where(t => t.Id == s.TeamId).Select(t => t.Name).FirstOrDefault(),
                s.JobTitle
            ));
}
