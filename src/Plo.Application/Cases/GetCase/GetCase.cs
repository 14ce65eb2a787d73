using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;

namespace Plo.Application.Cases.GetCase;

public sealed record GetCaseQuery(Guid CaseId) : IQuery<CaseDetailsDto>, IHasCaseId;

/// <summary>One projection for the case (staff names by subquery), and one more for its panels when it has
/// decisions; served again while the case's version (read by the access decision) stands.</summary>
public sealed class GetCaseQueryHandler(IPloDbContext db, AccessGrant grant, CaseDetailsCache cache)
    : IQueryHandler<GetCaseQuery, CaseDetailsDto>
{
    public async ValueTask<CaseDetailsDto> Handle(GetCaseQuery query, CancellationToken cancellationToken) =>
        grant.CaseVersion is { } version && grant.CaseId == query.CaseId
            ? await cache.GetAsync($"{query.CaseId:N}:{version}", () => ReadAsync(query, cancellationToken))
            : await ReadAsync(query, cancellationToken); // no version read for this case: nothing to key a copy by

    private async Task<CaseDetailsDto> ReadAsync(GetCaseQuery query, CancellationToken cancellationToken)
    {
        var details =
            await db
                .Cases.AsNoTracking()
                .Where(c => c.Id == query.CaseId)
                .Select(c => new CaseDetailsDto(
                    c.Id,
                    c.Reference,
                    c.Status,
                    c.OpenedAt,
                    c.OpenedBy,
                    new AllocationDto(
                        c.Allocation.SocialWorkerId,
                        db.Staff.Where(s => s.UserId == c.Allocation.SocialWorkerId)
                            .Select(s => s.DisplayName)
                            .FirstOrDefault(),
                        c.Allocation.TeamManagerId,
                        db.Staff.Where(s => s.UserId == c.Allocation.TeamManagerId)
                            .Select(s => s.DisplayName)
                            .FirstOrDefault(),
                        c.Allocation.LegalAdviserId,
                        db.Staff.Where(s => s.UserId == c.Allocation.LegalAdviserId)
                            .Select(s => s.DisplayName)
                            .FirstOrDefault()
                    ),
                    c.Children.Select(ch => new ChildDto(
                            ch.Id,
                            ch.FirstName,
                            ch.LastName,
                            ch.DateOfBirth,
                            ch.ExpectedDueDate,
                            ch.DateOfBirth == null
                        ))
                        .ToList(),
                    c.FamilyMembers.Select(m => new FamilyMemberDto(
                            m.Id,
                            m.FirstName,
                            m.LastName,
                            m.Relationship,
                            m.HasParentalResponsibility,
                            m.Address == null
                                ? null
                                : new AddressDto(m.Address.Line1, m.Address.Line2, m.Address.Town, m.Address.Postcode),
                            m.PreferredLanguage,
                            m.InterpreterNeeded,
                            m.Solicitor == null
                                ? null
                                : new SolicitorDto(
                                    m.Solicitor.Name,
                                    m.Solicitor.Firm,
                                    m.Solicitor.Phone,
                                    m.Solicitor.Email
                                ),
                            m.Phone,
                            m.Email,
                            m.InvolvementEndedOn,
                            m.InvolvementEndReason
                        ))
                        .ToList(),
                    c.Decisions.OrderBy(d => d.DecidedOn)
                        .Select(d => new GatewayDecisionDto(
                            d.Id,
                            d.GatewayMeetingId,
                            d.DecidedOn,
                            d.Option,
                            d.Rationale,
                            d.ThresholdMet,
                            d.Conditions,
                            d.ComeBackOn,
                            d.Ratification == null
                                ? null
                                : new RatificationDto(
                                    d.Ratification.MadeBy,
                                    d.Ratification.MadeOn,
                                    d.Ratification.Reason
                                ),
                            d.RecordedBy,
                            db.Staff.Where(s => s.UserId == d.RecordedBy).Select(s => s.DisplayName).FirstOrDefault(),
                            null
                        ))
                        .ToList(),
                    c.Exit == null
                        ? null
                        : new ExitDto(
                            c.Exit.Outcome,
                            c.Exit.On,
                            c.Exit.Reason,
                            c.Exit.CourtApplicationOn,
                            c.Exit.RecordedBy,
                            db.Staff.Where(s => s.UserId == c.Exit.RecordedBy)
                                .Select(s => s.DisplayName)
                                .FirstOrDefault()
                        ),
                    c.AllocationHistory.OrderBy(a => a.At)
                        .Select(a => new AllocationChangeDto(
                            a.Role,
                            a.FromUserId,
                            db.Staff.Where(s => s.UserId == a.FromUserId).Select(s => s.DisplayName).FirstOrDefault(),
                            a.ToUserId,
                            db.Staff.Where(s => s.UserId == a.ToUserId).Select(s => s.DisplayName).FirstOrDefault(),
                            a.At,
                            a.By,
                            a.Reason
                        ))
                        .ToList(),
                    c.HistoryFrom != null,
                    c.FormerReference,
                    c.Version,
                    c.SupervisionDueOn,
                    c.ReassessmentDueSince
                ))
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Case", query.CaseId);
        return details.Decisions.Count == 0
            ? details
            : details with
            {
                Decisions = await WithPanelsAsync(details.Decisions, cancellationToken),
            };
    }

    private async Task<List<GatewayDecisionDto>> WithPanelsAsync(
        IReadOnlyList<GatewayDecisionDto> decisions,
        CancellationToken ct
    )
    {
        var ids = decisions.Select(d => d.GatewayMeetingId).ToList();
        var panels = await db
            .GatewayMeetings.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, ct);
        return
        [
            .. decisions.Select(d =>
                panels.TryGetValue(d.GatewayMeetingId, out var m)
                    ? d with
                    {
                        Panel = new PanelDto(m.MeetingDate, m.Chair, m.Attendees),
                    }
                    : d
            ),
        ];
    }
}
