using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Auditing.GetCaseAudit;

/// <summary>Every change made to a case, newest first; a correction shows what the record said before and
/// after.</summary>
[AllowedRoles(Roles.SeniorManager, Roles.TeamManager)]
public sealed record GetCaseAuditQuery(Guid CaseId, bool CorrectionsOnly = false, int Page = 1, int PageSize = 50)
    : IQuery<PagedResult<AuditRecordDto>>,
        IHasCaseId;

public sealed record AuditRecordDto(
    DateTime At,
    string UserId,
    string? UserName,
    string Roles,
    string Action,
    string? Before,
    string? After
);

public sealed class GetCaseAuditQueryHandler(IPloDbContext db)
    : IQueryHandler<GetCaseAuditQuery, PagedResult<AuditRecordDto>>
{
    public async ValueTask<PagedResult<AuditRecordDto>> Handle(
        GetCaseAuditQuery query,
        CancellationToken cancellationToken
    )
    {
        var records = db
            .AuditRecords.AsNoTracking()
            .Where(r => r.CaseId == query.CaseId && (!query.CorrectionsOnly || r.After != null));
        var total = await records.CountAsync(cancellationToken);
        var page = await records
            .OrderByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(r => new AuditRecordDto(
                r.At,
                r.UserId,
                db.Staff.Where(s => s.UserId == r.UserId).Select(s => s.DisplayName).FirstOrDefault(),
                r.Roles,
                r.Action,
                r.Before,
                r.After
            ))
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditRecordDto>(page, query.Page, query.PageSize, total);
    }
}

public sealed class GetCaseAuditQueryValidator : PloValidator<GetCaseAuditQuery>
{
    public GetCaseAuditQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500);
    }
}
