using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Staff.UpdateStaffMember;

/// <summary>Changes a staff member's details, roles, team or whether they are active (leavers are made inactive, never
/// deleted).</summary>
[AllowedRoles(Roles.SeniorManager)]
[NotCaseScoped]
public sealed record UpdateStaffMemberCommand(string UserId, int Version, StaffInput Details)
    : ICommand<StaffMemberDto>;

public sealed class UpdateStaffMemberCommandHandler(IPloDbContext db)
    : ICommandHandler<UpdateStaffMemberCommand, StaffMemberDto>
{
    public async ValueTask<StaffMemberDto> Handle(UpdateStaffMemberCommand command, CancellationToken cancellationToken)
    {
        var member =
            await db.Staff.SingleOrDefaultAsync(s => s.UserId == command.UserId, cancellationToken)
            ?? throw new NotFoundException("Staff member", command.UserId);
        if (member.Version != command.Version)
        {
            throw new ConflictException(
                $"Someone else changed {member.DisplayName}'s details (now version {member.Version}). Reload and try "
                    + $"again."
            );
        }

        member.Update(command.Details.ToDomain());
        return await member.ToDtoAsync(db, cancellationToken);
    }
}

public sealed class UpdateStaffMemberCommandValidator : PloValidator<UpdateStaffMemberCommand>
{
    public UpdateStaffMemberCommandValidator(IPloDbContext db) => this.Details(c => c.Details, db);
}
