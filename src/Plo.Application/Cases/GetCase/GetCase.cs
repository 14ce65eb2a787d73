using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;

namespace Plo.Application.Cases.GetCase;

public sealed record GetCaseQuery(Guid CaseId) : IQuery<CaseDetailsDto>, IHasCaseId;

public sealed class GetCaseQueryHandler(IPloDbContext db) : IQueryHandler<GetCaseQuery, CaseDetailsDto>
{
    public async ValueTask<CaseDetailsDto> Handle(GetCaseQuery query, CancellationToken cancellationToken)
    {
        return await db.Cases.AsNoTracking()
            .Where(c => c.Id == query.CaseId)
            .Select(c => new CaseDetailsDto(
                    c.Id,
                    c.Reference,
                    c.Status,
                    c.OpenedAt,
                    c.OpenedBy,
                    new AllocationDto(c.Allocation.SocialWorkerId, c.Allocation.TeamManagerId, c.Allocation.LegalAdviserId),
                    c.Children.Select(ch => new ChildDto(ch.Id, ch.FirstName, ch.LastName, ch.DateOfBirth, ch.ExpectedDueDate, ch.DateOfBirth == null)).ToList(),
                    c.FamilyMembers.Select(m => new FamilyMemberDto(
                        m.Id, m.FirstName, m.LastName, m.Relationship, m.HasParentalResponsibility,
                        m.Address == null ? null : new AddressDto(m.Address.Line1, m.Address.Line2, m.Address.Town, m.Address.Postcode),
                        m.PreferredLanguage, m.InterpreterNeeded,
                        m.Solicitor == null ? null : new SolicitorDto(m.Solicitor.Name, m.Solicitor.Firm, m.Solicitor.Phone, m.Solicitor.Email)))
                        .ToList(),
                    c.Decisions.OrderBy(d => d.DecidedOn).Select(d => new GatewayDecisionDto(
                        d.Id, d.GatewayMeetingId, d.DecidedOn, d.Option, d.Rationale, d.ThresholdMet, d.Conditions, d.ComeBackOn,
                        d.Ratification == null ? null : new RatificationDto(d.Ratification.MadeBy, d.Ratification.MadeOn, d.Ratification.Reason),
                        d.RecordedBy)).ToList(),
                    c.Version))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Case", query.CaseId);
    }
}
