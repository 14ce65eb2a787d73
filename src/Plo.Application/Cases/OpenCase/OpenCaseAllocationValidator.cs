using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Application.Staff;

namespace Plo.Application.Cases.OpenCase;

/// <summary>The staff a new case is allocated to must be active members of the directory in the right role.</summary>
public sealed class OpenCaseAllocationValidator : PloValidator<OpenCaseCommand>
{
    public OpenCaseAllocationValidator(IPloDbContext db)
    {
        // A team manager may hold a case while it waits for a social worker.
        RuleFor(c => c.SocialWorkerId).ActiveStaffIn(db, Roles.SocialWorker, Roles.TeamManager);
        RuleFor(c => c.TeamManagerId).ActiveStaffIn(db, Roles.TeamManager);
        RuleFor(c => c.LegalAdviserId).ActiveStaffIn(db, Roles.LegalAdviser);
    }
}
