using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Cases;
using Plo.Domain.Staff;

namespace Plo.Application.Staff.AddStaffMember;

[AllowedRoles(Roles.SeniorManager)]
[NotCaseScoped]
public sealed record AddStaffMemberCommand(string UserId, StaffInput Details) : ICommand<StaffMemberDto>;

public sealed class AddStaffMemberCommandHandler(IPloDbContext db)
    : ICommandHandler<AddStaffMemberCommand, StaffMemberDto>
{
    public async ValueTask<StaffMemberDto> Handle(AddStaffMemberCommand command, CancellationToken cancellationToken)
    {
        var member = StaffMember.Create(command.UserId.Trim(), command.Details.ToDomain());
        db.Staff.Add(member);
        return await member.ToDtoAsync(db, cancellationToken);
    }
}

public sealed class AddStaffMemberCommandValidator : PloValidator<AddStaffMemberCommand>
{
    public AddStaffMemberCommandValidator(IPloDbContext db)
    {
        RuleFor(c => c.UserId)
            .NotEmpty()
            .MaximumLength(FieldLengths.UserId)
            .CleanName()
            .MustAsync(async (id, ct) => !await db.Staff.AnyAsync(s => s.UserId == id.Trim(), ct))
            .WithMessage("Someone with this user id is already in the directory.");
        this.Details(c => c.Details, db);
    }
}
