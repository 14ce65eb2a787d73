using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Application.Staff;
using Plo.Domain.Cases;

namespace Plo.Application.Allocations;

/// <summary>A change of allocated worker: to whom, and why (kept in the case's allocation history).</summary>
public interface IReallocation : ICaseCommand
{
    string UserId { get; }
    string Reason { get; }
}

public static class Reallocation
{
    public static async ValueTask<CaseUpdated> ApplyAsync(
        IPloDbContext db,
        ICurrentUser user,
        TimeProvider clock,
        IReallocation command,
        AllocatedRole role,
        CancellationToken ct
    )
    {
        var familyCase = await db.LoadForChangeAsync(command, ct);
        var names = await db
            .Staff.AsNoTracking()
            .Select(s => new { s.UserId, s.DisplayName })
            .Where(s =>
                s.UserId == command.UserId.Trim()
                || s.UserId == familyCase.Allocation.SocialWorkerId
                || s.UserId == familyCase.Allocation.TeamManagerId
            )
            .ToDictionaryAsync(s => s.UserId, s => s.DisplayName, ct);
        familyCase.Reallocate(
            role,
            command.UserId.Trim(),
            clock.GetUtcNow().UtcDateTime,
            user.UserId,
            command.Reason,
            id => names.TryGetValue(id, out var name) ? name : id
        );
        return familyCase.Updated();
    }
}

public abstract class ReallocationValidator<T> : CaseCommandValidator<T>
    where T : IReallocation
{
    protected ReallocationValidator(IPloDbContext db, params string[] roles)
    {
        RuleFor(c => c.UserId).UserId();
        RuleFor(c => (string?)c.UserId).ActiveStaffIn(db, roles).OverridePropertyName("userId");
        RuleFor(c => c.Reason).Narrative();
    }
}
