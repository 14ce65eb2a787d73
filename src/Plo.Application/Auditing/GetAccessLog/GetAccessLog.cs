using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Auditing.GetAccessLog;

/// <summary>Who has read a case, newest first.</summary>
[AllowedRoles(Roles.SeniorManager)]
public sealed record GetAccessLogQuery(Guid CaseId, int Page = 1, int PageSize = 50)
    : IQuery<PagedResult<AccessRecordDto>>,
        IHasCaseId;

public sealed record AccessRecordDto(DateTime At, string UserId, string Roles, string What);

public sealed class GetAccessLogQueryHandler(IPloDbContext db, IAccessLog log)
    : IQueryHandler<GetAccessLogQuery, PagedResult<AccessRecordDto>>
{
    public async ValueTask<PagedResult<AccessRecordDto>> Handle(
        GetAccessLogQuery query,
        CancellationToken cancellationToken
    )
    {
        await log.FlushAsync(cancellationToken);
        var records = db.AccessLog.AsNoTracking().Where(r => r.CaseId == query.CaseId);
        var total = await records.CountAsync(cancellationToken);
        var page = await records
            .OrderByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(r => new AccessRecordDto(r.At, r.UserId, r.Roles, r.What))
            .ToListAsync(cancellationToken);
        return new PagedResult<AccessRecordDto>(page, query.Page, query.PageSize, total);
    }
}

public sealed class GetAccessLogQueryValidator : PloValidator<GetAccessLogQuery>
{
    public GetAccessLogQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500);
    }
}
