using Plo.Domain.Calendar;
using Plo.Domain.Common;
using Plo.Domain.Journey;

namespace Plo.Domain.Cases;

/// <summary>The children and the adults around them: births, children joining, people's details put right.</summary>
public sealed partial class FamilyCase
{
    /// <summary>The unborn child is born; their episode carries on unchanged.</summary>
    public void RecordBirth(Guid childId, DateOnly dateOfBirth, string? firstName)
    {
        EnsureOpen();
        var child = FindChild(childId);
        child.RecordBirth(dateOfBirth, firstName);
        Changed();
        Raise("birth-recorded", $"{child.FirstName} was born on {Words.Date(dateOfBirth)}.");
    }

    /// <summary>
    /// A child joins a family already in pre-proceedings (a new baby, a sibling who comes to live there): the child
    /// gets an episode of their own, starting on the day they joined, with its own expected end under today's policy.
    /// </summary>
    public Child AddChild(Child child, DateOnly joinedOn, ReviewPolicy policy, WorkingDayCalendar calendar)
    {
        EnsureOpen();
        _children.Add(child);
        if (IsInPreProceedings)
        {
            if (joinedOn < ActiveEpisodes.Min(e => e.StartDate))
            {
                throw new DomainValidationException(
                    "joinedOn",
                    "A child cannot join before the family entered pre-proceedings."
                );
            }

            var expectedEnd = calendar.OnOrNextWorkingDay(joinedOn.AddDays(policy.DecisionPointWeeks * 7));
            _episodes.Add(Episode.Start(child.Id, joinedOn, expectedEnd, policy));
        }

        Changed();
        Raise(
            new TimelineEvent(
                "child-added",
                $"{child.FirstName} {child.LastName} added to the case"
                    + (IsInPreProceedings ? $", in pre-proceedings from {Words.Date(joinedOn)}." : "."),
                OccurredOn: joinedOn
            )
        );
        return child;
    }

    public void CorrectDateOfBirth(Guid childId, DateOnly dateOfBirth, string reason)
    {
        EnsureOpen();
        var child = FindChild(childId);
        var before = child.Describe();
        child.CorrectDateOfBirth(dateOfBirth);
        Changed();
        RaiseCorrection(
            "child-corrected",
            $"{child.FirstName}'s date of birth corrected to {Words.Date(dateOfBirth)}. Reason: {Reason(reason)}",
            before,
            child.Describe()
        );
    }

    public FamilyMember AddFamilyMember(NewFamilyMember member)
    {
        EnsureOpen();
        var added = FamilyMember.Create(member);
        _familyMembers.Add(added);
        Changed();
        Raise(
            "person-added",
            $"{added.FullName} ({added.Relationship}) added"
                + (added.HasParentalResponsibility ? ", with parental responsibility." : ".")
        );
        return added;
    }

    public void UpdateFamilyMember(Guid memberId, FamilyMemberDetails details)
    {
        EnsureOpen();
        var member = FindMember(memberId);
        var before = member.Details.Describe();
        member.Apply(details);
        var after = member.Details.Describe();
        if (before == after)
        {
            return;
        }

        Changed();
        RaiseCorrection(
            "person-updated",
            $"{member.FullName}'s details changed.",
            $"{member.FullName}: {before}",
            $"{member.FullName}: {after}"
        );
    }

    /// <summary>Nobody is deleted: their involvement ends, with the date and the reason, and letters no longer go to
    /// them.</summary>
    public void EndInvolvement(Guid memberId, DateOnly on, string reason)
    {
        EnsureOpen();
        var member = FindMember(memberId);
        EnsureNotBeforeRecordStarts(on, "endedOn");
        member.EndInvolvement(on, reason);
        if (!_familyMembers.Exists(m => m.ReceivesLetters))
        {
            throw new DomainRuleViolationException(
                "A case needs at least one involved person with parental responsibility."
            );
        }

        Changed();
        RaiseCorrection(
            "person-involvement-ended",
            $"{member.FullName} is no longer involved from {Words.Date(on)}. Reason: {member.InvolvementEndReason}",
            $"{member.FullName}: involved",
            $"{member.FullName}: involvement ended {on:yyyy-MM-dd} ({member.InvolvementEndReason})"
        );
    }

    private Child FindChild(Guid childId) =>
        _children.Find(c => c.Id == childId)
        ?? throw new DomainValidationException("childId", "No such child on this case.");

    private FamilyMember FindMember(Guid memberId) =>
        _familyMembers.Find(m => m.Id == memberId)
        ?? throw new DomainValidationException("memberId", "No such person on this case.");

    private static string Reason(string reason) => Guard.Text(reason, "Reason", Limits.Narrative);
}
